import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  ErrorCode,
  RiskLevel,
  type ChatMessageDto,
  type CrisisResourceDto,
  type SafetyCheckDto,
} from '@haven/shared/contracts';
import { installBrowser, type BrowserStandIn } from '../../testing/browser-stand-ins';
import { message, sam } from './chat-messages.fixture';
import { ChatOutbox } from './chat-outbox';
import type { ChatSocket } from './chat-socket';

interface Sent {
  clientMessageId: string;
  body: string;
  roomId: string;
  timeoutMs: number;
  answer(res: unknown): void;
}

/**
 * The part of a Socket.IO client socket the outbox uses: `connected` and `timeout(ms).emit(…, ack)`.
 * As in Socket.IO, the ack is called once: with the server's answer, or with an error after the timeout.
 */
class ServerSocket {
  connected = true;
  readonly sent: Sent[] = [];
  /** What the server stored, by clientMessageId (it stores each once). */
  readonly stored = new Map<string, ChatMessageDto>();

  timeout(timeoutMs: number) {
    return {
      emit: (
        event: string,
        payload: { roomId: string; clientMessageId: string; body: string },
        ack: (err: Error | null, res?: unknown) => void,
      ) => {
        expect(event).toBe('message:send');
        let settled = false;
        const settle = (err: Error | null, res?: unknown) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          ack(err, res);
        };
        const timer = setTimeout(() => settle(new Error('operation has timed out')), timeoutMs);
        this.sent.push({ ...payload, timeoutMs, answer: (res) => settle(null, res) });
      },
    };
  }

  /** The server stores the message (once per clientMessageId) and answers the send. */
  store(sent: Sent, safety: Partial<SafetyCheckDto> = {}): void {
    const stored =
      this.stored.get(sent.clientMessageId) ??
      message(`m-${sent.clientMessageId}`, this.stored.size, {
        author: sam,
        body: sent.body,
        clientMessageId: sent.clientMessageId,
      });
    this.stored.set(sent.clientMessageId, stored);
    sent.answer({ ok: true, message: stored, safety: { ...noRisk, ...safety } });
  }

  refuse(sent: Sent, code: ErrorCode, text = 'Refused.'): void {
    sent.answer({ ok: false, error: { code, message: text } });
  }

  asChatSocket(): ChatSocket {
    return this as unknown as ChatSocket;
  }
}

const noRisk: SafetyCheckDto = {
  crisisDetected: false,
  heldForReview: false,
  resources: [],
  riskLevel: RiskLevel.NONE,
  signals: [],
  thirdParty: false,
  message: null,
};
const resources: CrisisResourceDto[] = [
  { region: 'US', name: '988 Lifeline', phone: '988', sms: '988', url: null },
];

let browser: BrowserStandIn;
let socket: ServerSocket;
let outbox: ChatOutbox;
let events: { stored: ChatMessageDto[]; crisis: [string, CrisisResourceDto[]][]; failed: [string, string][] };

beforeEach(() => {
  jest.useFakeTimers();
  browser = installBrowser();
  socket = new ServerSocket();
  events = { stored: [], crisis: [], failed: [] };
  outbox = new ChatOutbox('room-1', {
    stored: (m) => events.stored.push(m),
    crisis: (id, r) => events.crisis.push([id, r]),
    failed: (id, error) => events.failed.push([id, error]),
  });
  outbox.attach(socket.asChatSocket());
});

afterEach(() => {
  jest.useRealTimers();
  browser.restore();
});

const clientIds = () => socket.sent.map((s) => s.clientMessageId);

describe('ChatOutbox', () => {
  it('sends a message with its clientMessageId and tells once the server stored it', () => {
    outbox.add('c1', 'Hello');
    expect(socket.sent).toHaveLength(1);
    expect(socket.sent[0]).toMatchObject({
      roomId: 'room-1',
      clientMessageId: 'c1',
      body: 'Hello',
      timeoutMs: 10_000,
    });
    socket.store(socket.sent[0]);
    expect(events.stored.map((m) => m.clientMessageId)).toEqual(['c1']);
    jest.advanceTimersByTime(60_000);
    outbox.flush();
    expect(socket.sent).toHaveLength(1);
    expect(events.failed).toEqual([]);
  });

  it('passes on the crisis resources the server’s safety check found', () => {
    outbox.add('c1', 'I can’t go on');
    socket.store(socket.sent[0], { crisisDetected: true, resources });
    expect(events.crisis).toEqual([['m-c1', resources]]);
  });

  it('sends again with the same clientMessageId when no acknowledgement comes, until one does', () => {
    outbox.add('c1', 'Hello');
    jest.advanceTimersByTime(10_000);
    expect(socket.sent).toHaveLength(1);
    jest.advanceTimersByTime(2_000);
    expect(clientIds()).toEqual(['c1', 'c1']);
    jest.advanceTimersByTime(12_000);
    expect(clientIds()).toEqual(['c1', 'c1', 'c1']);
    expect(socket.sent.every((s) => s.body === 'Hello')).toBe(true);
    socket.store(socket.sent[2]);
    jest.advanceTimersByTime(60_000);
    expect(socket.sent).toHaveLength(3);
    expect(events.stored).toHaveLength(1);
  });

  it('waits while disconnected and sends everything waiting, in order, once the room is joined again', () => {
    socket.connected = false;
    outbox.add('c1', 'one');
    outbox.add('c2', 'two');
    outbox.add('c3', 'three');
    jest.advanceTimersByTime(60_000);
    expect(socket.sent).toEqual([]);
    socket.connected = true;
    outbox.flush();
    expect(socket.sent.map((s) => s.body)).toEqual(['one', 'two', 'three']);
    for (const sent of socket.sent) socket.store(sent);
    expect(events.stored.map((m) => m.body)).toEqual(['one', 'two', 'three']);
  });

  it('does not send a message again while it is still waiting for its acknowledgement', () => {
    outbox.add('c1', 'Hello');
    outbox.flush();
    outbox.flush();
    expect(socket.sent).toHaveLength(1);
  });

  it('keeps a message whose acknowledgement timed out while the connection was down, and sends it once after', () => {
    outbox.add('c1', 'Hello');
    socket.connected = false;
    jest.advanceTimersByTime(12_000);
    expect(socket.sent).toHaveLength(1);
    socket.connected = true;
    outbox.flush();
    jest.advanceTimersByTime(1_000);
    expect(clientIds()).toEqual(['c1', 'c1']);
    socket.store(socket.sent[1]);
    jest.advanceTimersByTime(60_000);
    expect(socket.sent).toHaveLength(2);
    expect(events.stored).toHaveLength(1);
  });

  it('uses the socket of the current connection, and none while detached', () => {
    outbox.add('c1', 'Hello');
    outbox.attach(null);
    jest.advanceTimersByTime(12_000);
    expect(socket.sent).toHaveLength(1);
    const next = new ServerSocket();
    outbox.attach(next.asChatSocket());
    outbox.flush();
    expect(next.sent.map((s) => s.clientMessageId)).toEqual(['c1']);
  });

  it('retries a failure on the server’s side three times, each a little later, then gives up', () => {
    outbox.add('c1', 'Hello');
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      socket.refuse(socket.sent[attempt - 1], ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong.');
      const before = socket.sent.length;
      let waited = 0;
      while (socket.sent.length === before && waited < 60_000) {
        jest.advanceTimersByTime(1_000);
        waited += 1_000;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([2_000, 4_000, 6_000]);
    expect(events.failed).toEqual([]);
    socket.refuse(socket.sent[3], ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong.');
    expect(events.failed).toEqual([['c1', 'Something went wrong.']]);
    jest.advanceTimersByTime(60_000);
    outbox.flush();
    expect(socket.sent).toHaveLength(4);
  });

  it.each([ErrorCode.RATE_LIMITED, ErrorCode.FORBIDDEN, ErrorCode.BAD_USER_INPUT])(
    'gives up at once on a refusal (%s) and tells why',
    (code) => {
      outbox.add('c1', 'Hello');
      socket.refuse(socket.sent[0], code, 'You cannot send this.');
      expect(events.failed).toEqual([['c1', 'You cannot send this.']]);
      jest.advanceTimersByTime(60_000);
      outbox.flush();
      expect(socket.sent).toHaveLength(1);
    },
  );

  it('sends a failed message again when the member retries it', () => {
    outbox.add('c1', 'Hello');
    socket.refuse(socket.sent[0], ErrorCode.RATE_LIMITED, 'Slow down.');
    outbox.add('c1', 'Hello');
    expect(clientIds()).toEqual(['c1', 'c1']);
    socket.store(socket.sent[1]);
    expect(events.stored).toHaveLength(1);
  });

  it('forgets a discarded message: no late acknowledgement, no retry', () => {
    outbox.add('c1', 'Hello');
    outbox.add('c2', 'Other');
    outbox.remove('c1');
    socket.store(socket.sent[1]);
    socket.store(socket.sent[0]);
    jest.advanceTimersByTime(60_000);
    outbox.flush();
    expect(events.stored.map((m) => m.clientMessageId)).toEqual(['c2']);
    expect(clientIds()).toEqual(['c1', 'c2']);
  });

  it('forgets a discarded message waiting for its retry', () => {
    outbox.add('c1', 'Hello');
    jest.advanceTimersByTime(10_000);
    outbox.remove('c1');
    jest.advanceTimersByTime(60_000);
    expect(socket.sent).toHaveLength(1);
  });

  it('delivers each of many messages exactly once through lost acknowledgements and a reconnection', () => {
    for (let i = 1; i <= 5; i++) outbox.add(`c${i}`, `message ${i}`);
    socket.store(socket.sent[0]);
    socket.store(socket.sent[2]);
    socket.connected = false;
    jest.advanceTimersByTime(30_000);
    socket.connected = true;
    outbox.flush();
    for (const sent of socket.sent.slice(5)) socket.store(sent);
    jest.advanceTimersByTime(60_000);
    outbox.flush();
    expect(socket.sent.slice(5).map((s) => s.clientMessageId)).toEqual(['c2', 'c4', 'c5']);
    expect(events.stored.map((m) => m.clientMessageId).sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(socket.stored.size).toBe(5);
  });
});
