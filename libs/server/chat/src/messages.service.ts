import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ContentKind, type ChatMessageDto, type SafetyCheckDto, type UserDto } from '@haven/shared/contracts';
import { ConflictError, NotFoundError, type Actor, type SafetyAssessment } from '@haven/server/core';
import { SafetyClock, SafetyGate, SafetyService } from '@haven/server/safety';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { ChatMessageEntity, StoredMessageStatus } from './chat-message.entity';
import type { SendInput } from './chat.rules';
import { toChatMessageDto } from './dto/chat-message.object';
import { SendPolicy, type SendContext } from './send-policy.service';

export interface SendResult {
  message: ChatMessageDto;
  safety: SafetyCheckDto;
  /** False when the clientMessageId was already stored: nothing new was broadcast. */
  created: boolean;
}

interface ContextRow {
  locked: boolean;
  slow_mode_seconds: number;
  muted_until: Date | null;
  existing_id: string | null;
}

const CONTEXT_SQL = `
  SELECT r.locked, r.slow_mode_seconds,
    (SELECT mu.expires_at FROM chat_mutes mu WHERE mu.room_id = r.id AND mu.user_id = $2 AND mu.expires_at > now()) AS muted_until,
    (SELECT m.id FROM chat_messages m WHERE m.author_id = $2 AND m.client_message_id = $3) AS existing_id
  FROM chat_rooms r WHERE r.id = $1`;

const INSERT_SQL = `
  INSERT INTO chat_messages (room_id, author_id, body, client_message_id, status, crisis_detected)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (author_id, client_message_id) DO NOTHING
  RETURNING id, created_at`;

/** A crisis is often spread over short lines: the same author's lines in the room this recently are graded together. */
export const CHAT_CONTEXT = { minutes: 5, messages: 5 } as const;

const CONTEXT_LINES_SQL = `
  SELECT body FROM chat_messages
  WHERE room_id = $1 AND author_id = $2 AND created_at > $3 AND removed_at IS NULL
  ORDER BY created_at DESC, id DESC LIMIT $4`;

const NOTHING_FOUND: Omit<SafetyAssessment, 'crisisDetected' | 'heldForReview'> = {
  blocked: false,
  autoFlags: [],
  priority: null,
  addWarnings: [],
};

/**
 * Sending messages. A message is checked (mute, lock, slow mode, rate limit, safety), committed, then
 * broadcast; the caller acknowledges only after this resolves. A clientMessageId already stored for the
 * author returns the stored message and broadcasts nothing.
 */
@Injectable()
export class MessagesService {
  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    private readonly gate: SafetyGate,
    private readonly safety: SafetyService,
    private readonly clock: SafetyClock,
    private readonly policy: SendPolicy,
    private readonly broadcaster: ChatBroadcaster,
  ) {}

  async send(actor: Actor, author: UserDto, input: SendInput): Promise<SendResult> {
    const rows = (await this.messages.query(CONTEXT_SQL, [
      input.roomId,
      actor.id,
      input.clientMessageId,
    ])) as ContextRow[];
    const row = rows[0];
    if (!row) throw new NotFoundError('That room');
    if (row.existing_id) return this.replay(row.existing_id, input.roomId, author);

    const context: SendContext = {
      locked: row.locked,
      slowModeSeconds: row.slow_mode_seconds,
      mutedUntil: row.muted_until,
    };
    const slot = await this.policy.admit(actor, input.roomId, context);
    let screened: { value: ChatMessageEntity | null; safety: SafetyCheckDto };
    try {
      const context = await this.contextLines(actor.id, input.roomId);
      screened = await this.gate.screen({ text: input.body, context }, async (assessment) => {
        const stored = await this.insert(actor.id, input, assessment);
        return {
          value: stored,
          stored: stored && {
            kind: ContentKind.CHAT_MESSAGE,
            id: stored.id,
            authorId: stored.authorId,
            excerpt: stored.body.slice(0, 500),
            edited: false,
            roomId: stored.roomId,
          },
        };
      });
    } catch (error) {
      await slot.release();
      throw error;
    }
    const stored = screened.value;
    // Lost a race with a concurrent retry of the same message: that one was stored and broadcast.
    if (!stored) {
      const existing = await this.messages.findOne({
        where: { authorId: actor.id, clientMessageId: input.clientMessageId },
      });
      if (!existing) throw new ConflictError('The message could not be stored. Please send it again.');
      return this.replay(existing.id, input.roomId, author);
    }

    const message = toChatMessageDto(stored, author);
    if (stored.status === StoredMessageStatus.VISIBLE) {
      this.broadcaster.messageNew(message);
      if (stored.crisisDetected) this.broadcaster.messageCrisis(stored.id, stored.roomId);
    }
    return { message, safety: screened.safety, created: true };
  }

  /** The author's earlier lines in the room within the context window, oldest first. */
  private async contextLines(authorId: string, roomId: string): Promise<string[]> {
    const since = new Date(this.clock.now().getTime() - CHAT_CONTEXT.minutes * 60_000);
    const rows = (await this.messages.query(CONTEXT_LINES_SQL, [
      roomId,
      authorId,
      since,
      CHAT_CONTEXT.messages,
    ])) as {
      body: string;
    }[];
    return rows.map((r) => r.body).reverse();
  }

  /** Inserts the message (one statement, committed when it returns); null when the id was already taken. */
  private async insert(
    authorId: string,
    input: SendInput,
    assessment: SafetyAssessment,
  ): Promise<ChatMessageEntity | null> {
    const status = assessment.heldForReview
      ? StoredMessageStatus.PENDING_REVIEW
      : StoredMessageStatus.VISIBLE;
    const rows = (await this.messages.query(INSERT_SQL, [
      input.roomId,
      authorId,
      input.body,
      input.clientMessageId,
      status,
      assessment.crisisDetected,
    ])) as { id: string; created_at: Date }[];
    const inserted = rows[0];
    if (!inserted) return null;
    return Object.assign(new ChatMessageEntity(), {
      id: inserted.id,
      roomId: input.roomId,
      authorId,
      body: input.body,
      clientMessageId: input.clientMessageId,
      status,
      crisisDetected: assessment.crisisDetected,
      removedAt: null,
      removedBy: null,
      createdAt: new Date(inserted.created_at),
    });
  }

  /** The answer to a retry: the stored message as it is now, and the safety check it got. */
  private async replay(id: string, roomId: string, author: UserDto): Promise<SendResult> {
    const stored = await this.messages.findOneOrFail({ where: { id } });
    if (stored.roomId !== roomId) {
      throw new ConflictError('That clientMessageId was already used for a message in another room.', {
        field: 'clientMessageId',
      });
    }
    // The grade is read again from the stored text; what was decided (crisis, held) is the stored one.
    const graded = await this.safety.assess(stored.body);
    const safety = await this.safety.toSafetyCheck({
      ...NOTHING_FOUND,
      riskLevel: stored.crisisDetected === graded.crisisDetected ? graded.riskLevel : undefined,
      signals: stored.crisisDetected === graded.crisisDetected ? graded.signals : [],
      thirdParty: graded.thirdParty,
      crisisDetected: stored.crisisDetected,
      heldForReview: stored.status === StoredMessageStatus.PENDING_REVIEW,
    });
    return { message: toChatMessageDto(stored, author), safety, created: false };
  }
}
