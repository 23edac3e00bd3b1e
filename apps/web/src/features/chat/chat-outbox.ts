import { ErrorCode, type ChatMessageDto, type CrisisResourceDto } from '@haven/shared/contracts';
import type { ChatSocket } from './chat-socket';

const ACK_TIMEOUT_MS = 10_000;
const RETRY_DELAY_MS = 2_000;
const INTERNAL_RETRIES = 3;

export interface OutboxEvents {
  stored(message: ChatMessageDto): void;
  crisis(messageId: string, resources: CrisisResourceDto[]): void;
  /** `details`: what the server added (e.g. `mutedUntil` when a moderator muted us). */
  failed(clientMessageId: string, error: string, code: ErrorCode, details?: Record<string, unknown>): void;
}

interface Outgoing {
  body: string;
  attempts: number;
}

/**
 * Messages on their way. Each is sent with its clientMessageId and sent again, with the same id, until
 * the server acknowledges it: after a timeout, after the connection comes back, or after a server-side
 * failure (a few times). The server stores a clientMessageId once, so retrying is always safe.
 */
export class ChatOutbox {
  private readonly items = new Map<string, Outgoing>();
  private readonly inflight = new Set<string>();
  private socket: ChatSocket | null = null;

  constructor(
    private readonly roomId: string,
    private readonly events: OutboxEvents,
  ) {}

  attach(socket: ChatSocket | null): void {
    this.socket = socket;
  }

  add(clientMessageId: string, body: string): void {
    this.items.set(clientMessageId, { body, attempts: 0 });
    this.attempt(clientMessageId);
  }

  remove(clientMessageId: string): void {
    this.items.delete(clientMessageId);
  }

  /** Sends everything still waiting (after joining or a recovered reconnection). */
  flush(): void {
    for (const clientMessageId of this.items.keys()) this.attempt(clientMessageId);
  }

  private attempt(clientMessageId: string): void {
    const socket = this.socket;
    const item = this.items.get(clientMessageId);
    if (!socket?.connected || !item || this.inflight.has(clientMessageId)) return;
    this.inflight.add(clientMessageId);
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emit('message:send', { roomId: this.roomId, clientMessageId, body: item.body }, (timeout, res) => {
        this.inflight.delete(clientMessageId);
        if (!this.items.has(clientMessageId)) return;
        if (timeout || !res) {
          this.later(clientMessageId, RETRY_DELAY_MS);
          return;
        }
        if (res.ok) {
          this.items.delete(clientMessageId);
          this.events.stored(res.message);
          if (res.safety.crisisDetected) this.events.crisis(res.message.id, res.safety.resources);
          return;
        }
        if (res.error.code === ErrorCode.INTERNAL_SERVER_ERROR && item.attempts < INTERNAL_RETRIES) {
          item.attempts += 1;
          this.later(clientMessageId, RETRY_DELAY_MS * item.attempts);
          return;
        }
        this.items.delete(clientMessageId);
        this.events.failed(clientMessageId, res.error.message, res.error.code, res.error.details);
      });
  }

  private later(clientMessageId: string, delayMs: number): void {
    window.setTimeout(() => this.attempt(clientMessageId), delayMs);
  }
}
