import { EventEmitter2 } from '@nestjs/event-emitter';
import { ContentKind, type ChatMessageDto } from '@haven/shared/contracts';
import {
  CONTENT_SUBMITTED_EVENT,
  ModeratedContentRegistry,
  type ContentSubmittedEvent,
  runDecision,
} from '@haven/server/core';
import { SafetyClock } from '@haven/server/safety';
import {
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import {
  closeClients,
  connectChat,
  createChatApp,
  eventually,
  joinRoom,
  record,
  roomIdOf,
  send,
  sleep,
  type ChatClient,
} from './testing/chat-test-support';

const HISTORY = `query($roomId: ID!, $last: Int, $before: String) {
  chatMessages(roomId: $roomId, last: $last, before: $before) {
    nodes { id body status heldForReview clientMessageId author { id handle } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface HistoryNode {
  id: string;
  body: string;
  status: string;
  heldForReview: boolean;
}

describe('safety checks and moderation in chat', () => {
  let t: TestApp;
  let roomId: string;
  let moderator: TestMember;
  const submitted: ContentSubmittedEvent[] = [];

  beforeAll(async () => {
    t = await createChatApp();
    roomId = await roomIdOf(t, 'caregivers-corner');
    moderator = await registerModerator(t.gql);
    t.app
      .get(EventEmitter2)
      .on(CONTENT_SUBMITTED_EVENT, (event: ContentSubmittedEvent) => submitted.push(event));
  });
  afterEach(() => closeClients());
  afterAll(() => t?.close());

  async function pair(): Promise<{
    author: TestMember;
    socket: ChatClient;
    reader: TestMember;
    readerSocket: ChatClient;
  }> {
    const author = await registerMember(t.gql);
    const reader = await registerMember(t.gql);
    const socket = await connectChat(t.url, author.accessToken);
    const readerSocket = await connectChat(t.url, reader.accessToken);
    await joinRoom(socket, roomId);
    await joinRoom(readerSocket, roomId);
    return { author, socket, reader, readerSocket };
  }

  async function history(member: TestMember): Promise<HistoryNode[]> {
    const data = await member.gql.ok<{ chatMessages: { nodes: HistoryNode[] } }>(HISTORY, {
      roomId,
      last: 20,
    });
    return data.chatMessages.nodes;
  }

  it('tells moderation about every stored message', async () => {
    const { author, socket } = await pair();
    const ack = await send(socket, roomId, 'Week two and the mornings are a little lighter.');
    const event = submitted.find((e) => e.id === ack.message?.id);
    expect(event).toMatchObject({
      kind: ContentKind.CHAT_MESSAGE,
      authorId: author.id,
      roomId,
      edited: false,
    });
    expect(event?.excerpt).toBe('Week two and the mornings are a little lighter.');
  });

  it('shows crisis resources to the author and still publishes the message', async () => {
    const { socket, readerSocket } = await pair();
    const seen = record<ChatMessageDto>(readerSocket, 'message:new');
    const ack = await send(socket, roomId, 'I want to kill myself tonight');
    expect(ack.ok).toBe(true);
    expect(ack.safety?.crisisDetected).toBe(true);
    expect(ack.safety?.heldForReview).toBe(false);
    expect(ack.safety?.resources.length).toBeGreaterThan(0);
    await eventually(() => seen.length === 1, 5_000, 'the message');
    expect(submitted.find((e) => e.id === ack.message?.id)?.assessment.crisisDetected).toBe(true);
    // A retry gives the same answer, resources included.
    const retry = await send(
      socket,
      roomId,
      'I want to kill myself tonight',
      ack.message?.clientMessageId ?? undefined,
    );
    expect(retry.safety).toEqual(ack.safety);
  });

  it('grades a message with the author’s earlier lines in the room from the last few minutes', async () => {
    const { socket } = await pair();
    const first = await send(socket, roomId, 'i want to kill myself');
    expect(first.safety?.riskLevel).toBe('HIGH');
    const second = await send(socket, roomId, 'tonight');
    expect(second.safety?.riskLevel).toBe('IMMINENT');
    expect(submitted.find((e) => e.id === second.message?.id)?.assessment.riskLevel).toBe('IMMINENT');
    // Ten minutes later the earlier lines no longer count, and the line alone is no crisis.
    const clock = t.app.get(SafetyClock);
    const later = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 10 * 60_000));
    try {
      const third = await send(socket, roomId, 'tonight');
      expect(third.safety?.riskLevel).toBe('NONE');
    } finally {
      later.mockRestore();
    }
  });

  it('does not let a negation in an earlier line reach the next one', async () => {
    const { socket } = await pair();
    expect((await send(socket, roomId, "i'm not doing great")).safety?.riskLevel).toBe('NONE');
    expect((await send(socket, roomId, 'i want to die')).safety?.riskLevel).not.toBe('NONE');
  });

  it('holds drug sourcing for review: stored, not broadcast, hidden from others until approved', async () => {
    const { author, socket, reader, readerSocket } = await pair();
    const seen = record<ChatMessageDto>(readerSocket, 'message:new');
    const updated = record<ChatMessageDto>(readerSocket, 'message:updated');
    const ack = await send(socket, roomId, 'Got pure ket for sale, Wickr: kplug22');
    expect(ack.ok).toBe(true);
    expect(ack.safety?.heldForReview).toBe(true);
    expect(ack.message?.heldForReview).toBe(true);
    const id = ack.message?.id ?? '';
    await sleep(300);
    expect(seen).toHaveLength(0);
    expect((await history(reader)).map((m) => m.id)).not.toContain(id);
    expect((await history(author)).find((m) => m.id === id)).toMatchObject({
      heldForReview: true,
      status: 'VISIBLE',
    });
    expect((await history(moderator)).map((m) => m.id)).toContain(id);
    // Nor in the recent messages a newcomer gets on joining.
    const newcomer = await connectChat(t.url, (await registerMember(t.gql)).accessToken);
    expect((await joinRoom(newcomer, roomId)).recent?.map((m) => m.id)).not.toContain(id);

    const handler = t.app.get(ModeratedContentRegistry).handlerFor(ContentKind.CHAT_MESSAGE);
    expect((await handler.describe([id])).get(id)).toMatchObject({
      authorId: author.id,
      status: 'PENDING_REVIEW',
    });
    await runDecision(t.dataSource, (tx) =>
      handler.apply(id, 'APPROVE', { actorId: moderator.id, note: null }, tx),
    );
    await eventually(() => updated.length === 1, 5_000, 'message:updated');
    expect(updated[0]).toMatchObject({ id, heldForReview: false, status: 'VISIBLE' });
    expect((await history(reader)).find((m) => m.id === id)).toMatchObject({ heldForReview: false });
  });

  it('refuses a message that a BLOCK rule matches and stores nothing', async () => {
    const admin = await signInAdmin(t.gql);
    await admin.gql.ok(
      `mutation($input: ModerationRuleInput!) { createModerationRule(input: $input) { id } }`,
      { input: { name: 'blocked-test-phrase', pattern: 'zebra umbrella', action: 'BLOCK' } },
    );
    const { author, socket, readerSocket } = await pair();
    const seen = record<ChatMessageDto>(readerSocket, 'message:new');
    const ack = await send(socket, roomId, 'I say zebra umbrella to everyone');
    expect(ack.ok).toBe(false);
    expect(ack.error?.code).toBe('BAD_USER_INPUT');
    await sleep(200);
    expect(seen).toHaveLength(0);
    const rows = (await t.dataSource.query('SELECT id FROM chat_messages WHERE author_id = $1', [
      author.id,
    ])) as unknown[];
    expect(rows).toHaveLength(0);
  });

  it('lets moderators remove a message: the room hears message:removed and history keeps an empty place', async () => {
    const { author, socket, reader, readerSocket } = await pair();
    const removed = record<{ id: string; roomId: string }>(readerSocket, 'message:removed');
    const updated = record<ChatMessageDto>(readerSocket, 'message:updated');
    const ack = await send(socket, roomId, 'Something a moderator will take down.');
    const id = ack.message?.id ?? '';
    const remove = `mutation($id: ID!) { removeChatMessage(id: $id) { id status body } }`;
    expect(await author.gql.errorCode(remove, { id })).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(remove, { id: 'nope' })).toBe('BAD_USER_INPUT');
    const result = await moderator.gql.ok<{ removeChatMessage: { status: string; body: string } }>(remove, {
      id,
    });
    expect(result.removeChatMessage).toEqual({ id, status: 'REMOVED', body: '' });
    await eventually(() => removed.length === 1, 5_000, 'message:removed');
    expect(removed[0]).toEqual({ id, roomId });
    expect((await history(reader)).find((m) => m.id === id)).toMatchObject({ status: 'REMOVED', body: '' });
    const newcomer = await connectChat(t.url, (await registerMember(t.gql)).accessToken);
    expect((await joinRoom(newcomer, roomId)).recent?.find((m) => m.id === id)).toMatchObject({
      status: 'REMOVED',
      body: '',
    });

    // Through a moderation case: RESTORE makes it visible again, HIDE takes it down again.
    const handler = t.app.get(ModeratedContentRegistry).handlerFor(ContentKind.CHAT_MESSAGE);
    await runDecision(t.dataSource, (tx) =>
      handler.apply(id, 'RESTORE', { actorId: moderator.id, note: null }, tx),
    );
    await eventually(() => updated.length === 1, 5_000, 'message:updated');
    expect(updated[0]).toMatchObject({
      id,
      status: 'VISIBLE',
      body: 'Something a moderator will take down.',
    });
    await runDecision(t.dataSource, (tx) =>
      handler.apply(id, 'HIDE', { actorId: moderator.id, note: 'again' }, tx),
    );
    await eventually(() => removed.length === 2, 5_000, 'the second message:removed');
    expect((await history(reader)).find((m) => m.id === id)).toMatchObject({ status: 'REMOVED', body: '' });
  });

  it("exports the member's own chat messages", async () => {
    const { author, socket } = await pair();
    await send(socket, roomId, 'A message for my export.');
    const { exportMyData } = await author.gql.ok<{ exportMyData: string }>('{ exportMyData }');
    const data = JSON.parse(exportMyData) as { chatMessages: { body: string; room: { slug: string } }[] };
    expect(data.chatMessages).toEqual([
      expect.objectContaining({
        body: 'A message for my export.',
        room: expect.objectContaining({ slug: 'caregivers-corner' }),
      }),
    ]);
  });
});
