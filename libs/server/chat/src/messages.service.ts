import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ContentKind, type ChatMessageDto, type SafetyCheckDto, type UserDto } from '@haven/shared/contracts';
import {
  BadInputError,
  CONTENT_SUBMITTED_EVENT,
  ConflictError,
  NotFoundError,
  type Actor,
  type ContentSubmittedEvent,
  type SafetyAssessment,
} from '@haven/server/core';
import { SafetyService } from '@haven/server/safety';
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
  private readonly logger = new Logger(MessagesService.name);

  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    private readonly safety: SafetyService,
    private readonly policy: SendPolicy,
    private readonly events: EventEmitter2,
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
    let stored: ChatMessageEntity | null;
    let assessment: SafetyAssessment;
    try {
      assessment = await this.safety.assess(input.body);
      if (assessment.blocked) {
        throw new BadInputError('This can’t be posted here. Please read the room rules and try again.');
      }
      stored = await this.insert(actor.id, input, assessment);
    } catch (error) {
      await slot.release();
      throw error;
    }
    // Lost a race with a concurrent retry of the same message: that one was stored and broadcast.
    if (!stored) {
      const existing = await this.messages.findOne({
        where: { authorId: actor.id, clientMessageId: input.clientMessageId },
      });
      if (!existing) throw new ConflictError('The message could not be stored. Please send it again.');
      return this.replay(existing.id, input.roomId, author);
    }

    const message = toChatMessageDto(stored, author);
    await this.announceToModeration(stored, assessment);
    if (stored.status === StoredMessageStatus.VISIBLE) this.broadcaster.messageNew(message);
    return { message, safety: await this.safety.toSafetyCheck(assessment), created: true };
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
    const safety = await this.safety.toSafetyCheck({
      ...NOTHING_FOUND,
      crisisDetected: stored.crisisDetected,
      heldForReview: stored.status === StoredMessageStatus.PENDING_REVIEW,
    });
    return { message: toChatMessageDto(stored, author), safety, created: false };
  }

  /** Lets moderation open cases (crisis, drug sourcing, rules). The message is stored whatever happens here. */
  private async announceToModeration(
    message: ChatMessageEntity,
    assessment: SafetyAssessment,
  ): Promise<void> {
    const event: ContentSubmittedEvent = {
      kind: ContentKind.CHAT_MESSAGE,
      id: message.id,
      authorId: message.authorId,
      excerpt: message.body.slice(0, 500),
      assessment,
      edited: false,
      roomId: message.roomId,
    };
    try {
      await this.events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    } catch (error) {
      this.logger.error(`Moderation could not take chat message ${message.id}: ${String(error)}`);
    }
  }
}
