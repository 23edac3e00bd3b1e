import { Injectable } from '@nestjs/common';
import { ContentKind, type ChatMessageDto, type SafetyCheckDto, type UserDto } from '@haven/shared/contracts';
import { ConflictError, NotFoundError, type Actor, type SafetyAssessment } from '@haven/server/core';
import { SafetyClock, SafetyGate, SafetyService } from '@haven/server/safety';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { ChatMessageEntity, StoredMessageStatus } from './chat-message.entity';
import type { SendInput } from './chat.rules';
import { toChatMessageDto } from './dto/chat-message.object';
import { MessageStore } from './message-store.service';
import { SendPolicy } from './send-policy.service';

export interface SendResult {
  message: ChatMessageDto;
  safety: SafetyCheckDto;
  /** False when the clientMessageId was already stored: nothing new was broadcast. */
  created: boolean;
}

/** A crisis is often spread over short lines: the same author's lines in the room this recently are graded together. */
export const CHAT_CONTEXT = { minutes: 5, messages: 5 } as const;

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
    private readonly store: MessageStore,
    private readonly gate: SafetyGate,
    private readonly safety: SafetyService,
    private readonly clock: SafetyClock,
    private readonly policy: SendPolicy,
    private readonly broadcaster: ChatBroadcaster,
  ) {}

  async send(actor: Actor, author: UserDto, input: SendInput): Promise<SendResult> {
    const since = new Date(this.clock.now().getTime() - CHAT_CONTEXT.minutes * 60_000);
    const room = await this.store.sendContext(input.roomId, actor.id, input.clientMessageId, {
      since,
      lines: CHAT_CONTEXT.messages,
    });
    if (!room) throw new NotFoundError('That room');
    if (room.existingId) return this.replay(room.existingId, input.roomId, author);

    const slot = await this.policy.admit(actor, input.roomId, room);
    let screened: { value: ChatMessageEntity | null; safety: SafetyCheckDto };
    try {
      screened = await this.gate.screen(
        { text: input.body, context: room.contextLines },
        async (assessment) => {
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
        },
      );
    } catch (error) {
      await slot.release();
      throw error;
    }
    const stored = screened.value;
    // Lost a race with a concurrent retry of the same message: that one was stored and broadcast.
    if (!stored) {
      const existing = await this.store.findByClientId(actor.id, input.clientMessageId);
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

  /** Stores the message (committed when this resolves); null when the id was already taken. */
  private insert(authorId: string, input: SendInput, assessment: SafetyAssessment) {
    return this.store.insert({
      roomId: input.roomId,
      authorId,
      body: input.body,
      clientMessageId: input.clientMessageId,
      status: assessment.heldForReview ? StoredMessageStatus.PENDING_REVIEW : StoredMessageStatus.VISIBLE,
      crisisDetected: assessment.crisisDetected,
    });
  }

  /** The answer to a retry: the stored message as it is now, and the safety check it got. */
  private async replay(id: string, roomId: string, author: UserDto): Promise<SendResult> {
    const stored = await this.store.findById(id);
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
