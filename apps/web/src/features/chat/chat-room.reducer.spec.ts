import { describe, expect, it } from '@jest/globals';
import type { ChatRoomDto, CrisisResourceDto } from '@haven/shared/contracts';
import { kit, message, sam } from './chat-messages.fixture';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './chat-room.reducer';

const room: ChatRoomDto = {
  id: 'room-1',
  slug: 'evening',
  name: 'Evening check-in',
  description: 'A quiet room.',
  locked: false,
  slowModeSeconds: 0,
  onlineCount: 1,
};
const self = { id: sam.id, handle: sam.handle, role: sam.role };
const resources: CrisisResourceDto[] = [
  { region: 'US', name: '988 Lifeline', phone: '988', sms: '988', url: null },
];

const run = (...actions: RoomAction[]) => actions.reduce(roomReducer, initialRoomState(room));
const keys = (state: RoomState) => state.entries.map((e) => e.key);

describe('roomReducer', () => {
  it('starts connecting, with nothing shown', () => {
    expect(initialRoomState(room)).toEqual({
      connection: 'connecting',
      refusal: null,
      room,
      entries: [],
      olderCursor: null,
      typing: {},
      crisis: {},
      crisisOpen: null,
      mute: null,
    });
  });

  it('keeps a mute from the live notice or the join, and drops it when it ends or a join says none', () => {
    const muted = run({ type: 'muted', until: '2026-06-01T12:30:00.000Z', reason: 'Take a breather.' });
    expect(muted.mute).toEqual({ until: '2026-06-01T12:30:00.000Z', reason: 'Take a breather.' });
    const rejoined = roomReducer(muted, {
      type: 'joined',
      room,
      recent: [],
      olderCursor: null,
      mutedUntil: '2026-06-01T12:45:00.000Z',
    });
    expect(rejoined.mute).toEqual({ until: '2026-06-01T12:45:00.000Z', reason: 'Take a breather.' });
    const freshJoin = run({
      type: 'joined',
      room,
      recent: [],
      olderCursor: null,
      mutedUntil: '2026-06-01T13:00:00.000Z',
    });
    expect(freshJoin.mute?.until).toBe('2026-06-01T13:00:00.000Z');
    expect(freshJoin.mute?.reason).toMatch(/muted you/);
    expect(roomReducer(rejoined, { type: 'joined', room, recent: [], olderCursor: null }).mute).toBeNull();
    const ended = roomReducer(muted, { type: 'mute-ended' });
    expect(ended.mute).toBeNull();
    expect(roomReducer(ended, { type: 'mute-ended' })).toBe(ended);
  });

  it('follows the connection, with the reason of a refusal, cleared when it comes back', () => {
    const refused = run({
      type: 'connection',
      connection: 'refused',
      refusal: 'Your account cannot take part.',
    });
    expect([refused.connection, refused.refusal]).toEqual(['refused', 'Your account cannot take part.']);
    const again = roomReducer(refused, { type: 'connection', connection: 'reconnecting' });
    expect([again.connection, again.refusal]).toEqual(['reconnecting', null]);
  });

  describe('joining', () => {
    it('shows the recent messages and where older ones start', () => {
      const s = run({
        type: 'joined',
        room: { ...room, onlineCount: 4 },
        recent: [message('m1', 1), message('m2', 2)],
        olderCursor: 'c-m1',
      });
      expect(s.connection).toBe('online');
      expect(s.room.onlineCount).toBe(4);
      expect(keys(s)).toEqual(['m1', 'm2']);
      expect(s.olderCursor).toBe('c-m1');
    });

    it('after a short absence adds what was missed and keeps the older pages shown', () => {
      const s = run(
        { type: 'joined', room, recent: [message('m3', 3), message('m4', 4)], olderCursor: 'c-m3' },
        { type: 'older', messages: [message('m1', 1), message('m2', 2)], olderCursor: null },
        { type: 'connection', connection: 'reconnecting' },
        { type: 'joined', room, recent: [message('m4', 4), message('m5', 5)], olderCursor: 'c-m4' },
      );
      expect(keys(s)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
      expect(s.olderCursor).toBeNull();
    });

    it('after a long absence starts again from the newest page, keeping ours on their way', () => {
      const s = run(
        { type: 'joined', room, recent: [message('m1', 1), message('m2', 2)], olderCursor: null },
        { type: 'sending', clientMessageId: 'c1', body: 'Still there?', author: self },
        { type: 'connection', connection: 'reconnecting' },
        { type: 'joined', room, recent: [message('m40', 40), message('m41', 41)], olderCursor: 'c-m40' },
      );
      expect(keys(s)).toEqual(['m40', 'm41', 'local:c1']);
      expect(s.olderCursor).toBe('c-m40');
    });

    it('keeps what is shown when the room has nothing older, however new the page', () => {
      const s = run(
        { type: 'joined', room, recent: [message('m1', 1)], olderCursor: null },
        { type: 'joined', room, recent: [message('m9', 9)], olderCursor: null },
      );
      expect(keys(s)).toEqual(['m1', 'm9']);
    });

    it('shows ours sent before the first join after the recent messages', () => {
      const s = run(
        { type: 'sending', clientMessageId: 'c1', body: 'Hi all', author: self },
        { type: 'joined', room, recent: [message('m1', 1)], olderCursor: 'c-m1' },
      );
      expect(keys(s)).toEqual(['m1', 'local:c1']);
      expect(s.olderCursor).toBe('c-m1');
    });
  });

  it('adds older pages before and takes their cursor', () => {
    const s = run(
      { type: 'joined', room, recent: [message('m3', 3)], olderCursor: 'c-m3' },
      { type: 'older', messages: [message('m2', 2)], olderCursor: 'c-m2' },
    );
    expect(keys(s)).toEqual(['m2', 'm3']);
    expect(s.olderCursor).toBe('c-m2');
  });

  describe('our messages', () => {
    const sending: RoomAction = { type: 'sending', clientMessageId: 'c1', body: 'Hello', author: self };

    it('show at once as on their way, then as the stored message once', () => {
      const shown = run(sending);
      expect(shown.entries).toHaveLength(1);
      expect(shown.entries[0]).toMatchObject({ key: 'local:c1', delivery: 'sending', body: 'Hello' });
      const stored = message('m1', 1, { author: sam, body: 'Hello', clientMessageId: 'c1' });
      const s = roomReducer(roomReducer(shown, { type: 'stored', messages: [stored] }), {
        type: 'stored',
        messages: [stored],
      });
      expect(keys(s)).toEqual(['m1']);
      expect(s.entries[0].delivery).toBe('sent');
    });

    it('show the server’s refusal, and go back to sending on retry', () => {
      const failed = run(sending, {
        type: 'failed',
        clientMessageId: 'c1',
        error: 'You are sending too fast.',
      });
      expect(failed.entries[0]).toMatchObject({ delivery: 'failed', error: 'You are sending too fast.' });
      const retrying = roomReducer(failed, { type: 'retrying', clientMessageId: 'c1' });
      expect(retrying.entries[0]).toMatchObject({ delivery: 'sending', error: null, body: 'Hello' });
    });

    it('can be discarded, which leaves stored messages with the same clientMessageId', () => {
      const s = run(
        { type: 'stored', messages: [message('m1', 1, { author: kit, clientMessageId: 'c1' })] },
        sending,
        { type: 'discard', clientMessageId: 'c1' },
      );
      expect(keys(s)).toEqual(['m1']);
    });

    it('a failure or retry of one leaves the others alone', () => {
      const s = run(
        sending,
        { type: 'sending', clientMessageId: 'c2', body: 'Again', author: self },
        {
          type: 'failed',
          clientMessageId: 'c2',
          error: 'No.',
        },
      );
      expect(s.entries.map((e) => e.delivery)).toEqual(['sending', 'failed']);
    });
  });

  it('removes a message’s words in place', () => {
    const s = run(
      { type: 'stored', messages: [message('m1', 1), message('m2', 2)] },
      { type: 'removed', id: 'm1' },
    );
    expect(s.entries.map((e) => [e.id, e.status, e.body])).toEqual([
      ['m1', 'REMOVED', ''],
      ['m2', 'VISIBLE', 'Message m2'],
    ]);
  });

  it('follows presence and changes to the room', () => {
    const s = run(
      { type: 'presence', onlineCount: 7 },
      { type: 'room', room: { locked: true, slowModeSeconds: 30 } },
    );
    expect(s.room).toEqual({ ...room, onlineCount: 7, locked: true, slowModeSeconds: 30 });
  });

  describe('typing', () => {
    it('shows who is typing for four seconds from the last keystroke', () => {
      const s = run({ type: 'typing', user: kit, now: 1_000 }, { type: 'typing', user: kit, now: 3_000 });
      expect(s.typing).toEqual({ [kit.id]: { handle: 'kit', until: 7_000 } });
      expect(roomReducer(s, { type: 'typing-expired', now: 6_999 }).typing).toHaveProperty(kit.id);
      expect(roomReducer(s, { type: 'typing-expired', now: 7_000 }).typing).toEqual({});
    });

    it('keeps the same state when nobody stopped typing', () => {
      const s = run({ type: 'typing', user: kit, now: 1_000 });
      expect(roomReducer(s, { type: 'typing-expired', now: 2_000 })).toBe(s);
    });

    it('stops showing someone typing once their message arrives', () => {
      const s = run(
        { type: 'typing', user: kit, now: 1_000 },
        { type: 'typing', user: sam, now: 1_000 },
        { type: 'stored', messages: [message('m1', 1, { author: kit })] },
      );
      expect(Object.keys(s.typing)).toEqual([sam.id]);
    });
  });

  describe('crisis resources', () => {
    it('open beside the message they were found for, and can be hidden and shown again', () => {
      const s = run({ type: 'crisis', messageId: 'm1', resources });
      expect(s.crisis).toEqual({ m1: resources });
      expect(s.crisisOpen).toBe('m1');
      const hidden = roomReducer(s, { type: 'crisis-shown', messageId: null });
      expect(hidden.crisisOpen).toBeNull();
      expect(hidden.crisis).toEqual({ m1: resources });
      expect(roomReducer(hidden, { type: 'crisis-shown', messageId: 'm1' }).crisisOpen).toBe('m1');
    });

    it('cannot be opened for a message without any', () => {
      const s = run({ type: 'crisis', messageId: 'm1', resources });
      expect(roomReducer(s, { type: 'crisis-shown', messageId: 'm2' }).crisisOpen).toBeNull();
    });
  });
});
