import { describe, expect, it } from '@jest/globals';
import { ChatMessageStatus } from '@haven/shared/contracts';
import { at, kit, message, sam } from './chat-messages.fixture';
import {
  fromStored,
  localEntry,
  markRemoved,
  mergeStored,
  newestStored,
  updateEntry,
  type ChatEntry,
  type StoredMessage,
} from './chat-entries';

const self = { id: sam.id, handle: sam.handle, role: sam.role };
const ids = (entries: readonly ChatEntry[]) => entries.map((e) => e.key);

describe('fromStored', () => {
  it('is a sent line keyed by the server id', () => {
    expect(fromStored(message('m1', 1, { clientMessageId: 'c1' }))).toEqual({
      key: 'm1',
      id: 'm1',
      clientMessageId: 'c1',
      author: { id: kit.id, handle: kit.handle, role: kit.role },
      body: 'Message m1',
      status: 'VISIBLE',
      heldForReview: false,
      createdAt: at(1),
      delivery: 'sent',
      error: null,
    });
  });

  it('never keeps the words of a removed message', () => {
    const entry = fromStored(message('m1', 1, { status: ChatMessageStatus.REMOVED, body: 'what was said' }));
    expect(entry.body).toBe('');
    expect(entry.status).toBe('REMOVED');
  });

  it('marks a history message whose author the viewer blocked, and only then', () => {
    const page: StoredMessage = { ...message('m1', 1), authorBlocked: true };
    expect(fromStored(page).authorBlocked).toBe(true);
    expect(fromStored({ ...page, authorBlocked: false })).not.toHaveProperty('authorBlocked');
    expect(fromStored({ ...page, authorBlocked: null })).not.toHaveProperty('authorBlocked');
    expect(fromStored({ ...page, clientMessageId: undefined }).clientMessageId).toBeNull();
  });
});

describe('localEntry', () => {
  it('is our message on its way, keyed by its clientMessageId', () => {
    const entry = localEntry('c1', 'Hello', self);
    expect(entry).toMatchObject({
      key: 'local:c1',
      id: null,
      clientMessageId: 'c1',
      body: 'Hello',
      delivery: 'sending',
    });
    expect(Number.isNaN(Date.parse(entry.createdAt))).toBe(false);
  });
});

describe('mergeStored', () => {
  it('keeps stored messages in time order, whatever order they come in', () => {
    const entries = mergeStored([], [message('m3', 3), message('m1', 1), message('m2', 2)]);
    expect(ids(entries)).toEqual(['m1', 'm2', 'm3']);
    expect(ids(mergeStored(entries, [message('m0', 0), message('m4', 4)]))).toEqual([
      'm0',
      'm1',
      'm2',
      'm3',
      'm4',
    ]);
  });

  it('orders messages of the same moment by id, the same way every time', () => {
    const a = mergeStored([], [message('b', 1), message('a', 1)]);
    const b = mergeStored([], [message('a', 1), message('b', 1)]);
    expect(ids(a)).toEqual(['a', 'b']);
    expect(ids(b)).toEqual(['a', 'b']);
  });

  it('replaces a message it already has instead of showing it twice', () => {
    const entries = mergeStored([], [message('m1', 1), message('m2', 2)]);
    const merged = mergeStored(entries, [message('m1', 1, { body: 'Edited' })]);
    expect(ids(merged)).toEqual(['m1', 'm2']);
    expect(merged[0].body).toBe('Edited');
  });

  it('turns our message on its way into the stored one', () => {
    const entries = [fromStored(message('m1', 1)), localEntry('c1', 'Hi', self)];
    const merged = mergeStored(entries, [
      message('m2', 2, { author: sam, body: 'Hi', clientMessageId: 'c1' }),
    ]);
    expect(ids(merged)).toEqual(['m1', 'm2']);
    expect(merged[1]).toMatchObject({ delivery: 'sent', clientMessageId: 'c1' });
  });

  it('keeps ours that are not stored yet at the end, in the order sent', () => {
    const entries = [localEntry('c1', 'one', self), localEntry('c2', 'two', self)];
    const merged = mergeStored(entries, [message('m1', 1), message('m2', 2)]);
    expect(ids(merged)).toEqual(['m1', 'm2', 'local:c1', 'local:c2']);
  });

  it('does not take someone else’s message with the same clientMessageId for ours', () => {
    const merged = mergeStored(
      [localEntry('c1', 'Hi', self)],
      [message('m1', 1, { author: kit, clientMessageId: 'c1' })],
    );
    expect(ids(merged)).toEqual(['m1', 'local:c1']);
  });

  it('returns the same list when nothing came', () => {
    const entries = [fromStored(message('m1', 1))];
    expect(mergeStored(entries, [])).toBe(entries);
  });

  it('leaves the list it was given alone', () => {
    const entries = [localEntry('c1', 'Hi', self)];
    mergeStored(entries, [message('m1', 1, { author: sam, clientMessageId: 'c1' })]);
    expect(ids(entries)).toEqual(['local:c1']);
  });
});

describe('updateEntry, markRemoved and newestStored', () => {
  it('changes the matching entries only, in a new list', () => {
    const entries = [localEntry('c1', 'a', self), localEntry('c2', 'b', self)];
    const updated = updateEntry(entries, (e) => e.clientMessageId === 'c2', {
      delivery: 'failed',
      error: 'Too fast.',
    });
    expect(updated.map((e) => e.delivery)).toEqual(['sending', 'failed']);
    expect(updated[1].error).toBe('Too fast.');
    expect(entries[1].delivery).toBe('sending');
  });

  it('removes a message’s words and leaves its place', () => {
    const entries = mergeStored([], [message('m1', 1), message('m2', 2)]);
    const removed = markRemoved(entries, 'm1');
    expect(removed[0]).toMatchObject({ id: 'm1', status: 'REMOVED', body: '' });
    expect(removed[1]).toEqual(entries[1]);
    expect(markRemoved(entries, 'unknown')).toEqual(entries);
  });

  it('finds the newest stored message, not ours on its way', () => {
    expect(newestStored([])).toBeNull();
    expect(newestStored([localEntry('c1', 'a', self)])).toBeNull();
    const entries = mergeStored([localEntry('c1', 'a', self)], [message('m1', 1), message('m2', 2)]);
    expect(newestStored(entries)?.id).toBe('m2');
  });
});
