import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ChatMessageEntity, type StoredMessageStatus } from './chat-message.entity';
import type { SendContext } from './send-policy.service';

/** Where a room stands for one sender before a send, read in one round trip. */
export interface SendContextRow extends SendContext {
  /** The message already stored under this clientMessageId, if any. */
  existingId: string | null;
  /** The author's latest lines in the room within the context window, oldest first. */
  contextLines: string[];
}

const CONTEXT_SQL = `
  SELECT r.locked, r.slow_mode_seconds,
    (SELECT mu.expires_at FROM chat_mutes mu WHERE mu.room_id = r.id AND mu.user_id = $2 AND mu.expires_at > now()) AS muted_until,
    (SELECT m.id FROM chat_messages m WHERE m.author_id = $2 AND m.client_message_id = $3) AS existing_id,
    ARRAY(
      SELECT c.body FROM chat_messages c
      WHERE c.room_id = r.id AND c.author_id = $2 AND c.created_at > $4 AND c.removed_at IS NULL
      ORDER BY c.created_at DESC, c.id DESC LIMIT $5
    ) AS context_lines
  FROM chat_rooms r WHERE r.id = $1`;

/** A message to store, as the send path decided it. */
export interface NewChatMessage {
  roomId: string;
  authorId: string;
  body: string;
  clientMessageId: string;
  status: StoredMessageStatus;
  crisisDetected: boolean;
}

interface Pending {
  message: NewChatMessage;
  resolve(stored: ChatMessageEntity | null): void;
  reject(error: unknown): void;
}

interface InsertedRow {
  id: string;
  author_id: string;
  client_message_id: string;
  created_at: Date;
}

/** The most messages one statement stores. */
export const MAX_GROUP = 200;

// One statement, so one transaction: every row of the group commits together or none does. Rows get
// distinct, increasing times in the order they arrived (never before the previous group's last row),
// so a room's history reads in the order its messages were accepted.
const INSERT_GROUP_SQL = `
  INSERT INTO chat_messages (room_id, author_id, body, client_message_id, status, crisis_detected, created_at)
  SELECT t.room_id, t.author_id, t.body, t.client_message_id, t.status, t.crisis_detected,
    GREATEST(date_trunc('milliseconds', now()), $7::timestamptz + interval '1 millisecond')
      + (t.n - 1) * interval '1 millisecond'
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::boolean[])
    WITH ORDINALITY AS t(room_id, author_id, body, client_message_id, status, crisis_detected, n)
  ORDER BY t.n
  ON CONFLICT (author_id, client_message_id) DO NOTHING
  RETURNING id, author_id, client_message_id, created_at`;

const keyOf = (authorId: string, clientMessageId: string) => `${authorId}\u0000${clientMessageId}`;

/**
 * Reads and writes chat messages for sending. Messages are stored in group commits: messages that arrive while a group is being written (or in the
 * same turn of the event loop) are written together in one multi-row INSERT; each caller's promise
 * settles only once its own row is committed. A group that fails is written again one message at a
 * time, so a bad message fails alone. One group is in flight at a time, so groups commit in order.
 * A `clientMessageId` the author already used (stored before, or earlier in the same group) resolves
 * to null: nothing new was stored.
 */
@Injectable()
export class MessageStore {
  private queue: Pending[] = [];
  private writing = false;
  private scheduled = false;
  private lastCreatedAt: Date | null = null;

  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
  ) {}

  /** The room's lock and slow mode, the sender's mute, an earlier copy and the context lines; null: no such room. */
  async sendContext(
    roomId: string,
    authorId: string,
    clientMessageId: string,
    context: { since: Date; lines: number },
  ): Promise<SendContextRow | null> {
    const rows = (await this.messages.query(CONTEXT_SQL, [
      roomId,
      authorId,
      clientMessageId,
      context.since,
      context.lines,
    ])) as {
      locked: boolean;
      slow_mode_seconds: number;
      muted_until: Date | null;
      existing_id: string | null;
      context_lines: string[];
    }[];
    const row = rows[0];
    if (!row) return null;
    return {
      locked: row.locked,
      slowModeSeconds: row.slow_mode_seconds,
      mutedUntil: row.muted_until,
      existingId: row.existing_id,
      contextLines: [...row.context_lines].reverse(),
    };
  }

  findById(id: string): Promise<ChatMessageEntity> {
    return this.messages.findOneOrFail({ where: { id } });
  }

  findByClientId(authorId: string, clientMessageId: string): Promise<ChatMessageEntity | null> {
    return this.messages.findOne({ where: { authorId, clientMessageId } });
  }

  /** Stores the message; resolves after its commit, null when its clientMessageId was already taken. */
  insert(message: NewChatMessage): Promise<ChatMessageEntity | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    // Lets the messages of the same event-loop turn join the group.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.writing || this.queue.length === 0) return;
    this.writing = true;
    const group = this.queue.splice(0, MAX_GROUP);
    try {
      await this.write(group);
    } finally {
      this.writing = false;
      if (this.queue.length > 0) this.schedule();
    }
  }

  private async write(group: Pending[]): Promise<void> {
    const seen = new Set<string>();
    const first: Pending[] = [];
    const repeats: Pending[] = [];
    for (const pending of group) {
      const key = keyOf(pending.message.authorId, pending.message.clientMessageId);
      // The same message twice in one group: the first is stored, the retry finds it.
      if (seen.has(key)) repeats.push(pending);
      else {
        seen.add(key);
        first.push(pending);
      }
    }
    try {
      const stored = await this.insertRows(first.map((p) => p.message));
      first.forEach((p, i) => p.resolve(stored[i]));
    } catch (error) {
      if (first.length === 1) first[0].reject(error);
      else await this.writeOneByOne(first);
    }
    // Resolved after the first copy committed, so the retry finds it.
    for (const repeat of repeats) repeat.resolve(null);
  }

  private async writeOneByOne(group: Pending[]): Promise<void> {
    for (const pending of group) {
      try {
        pending.resolve((await this.insertRows([pending.message]))[0]);
      } catch (error) {
        pending.reject(error);
      }
    }
  }

  /** One statement for all of `messages` (distinct author and clientMessageId pairs), in order. */
  private async insertRows(messages: NewChatMessage[]): Promise<(ChatMessageEntity | null)[]> {
    const rows = (await this.messages.query(INSERT_GROUP_SQL, [
      messages.map((m) => m.roomId),
      messages.map((m) => m.authorId),
      messages.map((m) => m.body),
      messages.map((m) => m.clientMessageId),
      messages.map((m) => m.status),
      messages.map((m) => m.crisisDetected),
      this.lastCreatedAt ?? '-infinity',
    ])) as InsertedRow[];
    const byKey = new Map(rows.map((r) => [keyOf(r.author_id, r.client_message_id), r]));
    return messages.map((m) => {
      const row = byKey.get(keyOf(m.authorId, m.clientMessageId));
      if (!row) return null;
      const createdAt = new Date(row.created_at);
      if (!this.lastCreatedAt || createdAt > this.lastCreatedAt) this.lastCreatedAt = createdAt;
      return Object.assign(new ChatMessageEntity(), {
        ...m,
        id: row.id,
        removedAt: null,
        removedBy: null,
        createdAt,
      });
    });
  }
}
