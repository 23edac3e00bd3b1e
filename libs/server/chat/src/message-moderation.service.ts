import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import {
  MODERATION_ACTION_TAKEN_EVENT,
  ModeratedContentRegistry,
  type ModerationActionTakenEvent,
  NotFoundError,
  type ContentModerationOutcome,
  type DecisionTransaction,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { ChatMessageEntity, StoredMessageStatus } from './chat-message.entity';
import { ChatRoomEntity } from './chat-room.entity';
import { isUuid, removalNotice, requireUuid } from './chat.rules';
import { MessageHistoryService } from './message-history.service';

/**
 * What moderators do to chat messages: remove one directly (removeChatMessage), or through a case in
 * the moderation queue (the CHAT_MESSAGE handler). Rooms hear of it at once.
 */
@Injectable()
export class MessageModerationService implements ModeratedContentHandler, OnModuleInit {
  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    private readonly history: MessageHistoryService,
    private readonly broadcaster: ChatBroadcaster,
    private readonly registry: ModeratedContentRegistry,
    private readonly events: EventEmitter2,
  ) {}

  onModuleInit(): void {
    this.registry.register(ContentKind.CHAT_MESSAGE, this);
  }

  /** A moderator removes a message from the room directly: removed, broadcast, and written to the log. */
  async removeByModerator(actorId: string, messageId: string): Promise<ChatMessageEntity> {
    const message = await this.remove(actorId, messageId);
    const room = await this.messages.manager.findOne(ChatRoomEntity, { where: { id: message.roomId } });
    const event: ModerationActionTakenEvent = {
      actorId,
      action: ModerationAction.REMOVE,
      contentKind: ContentKind.CHAT_MESSAGE,
      contentId: message.id,
      targetUserId: message.authorId,
      note: null,
      ...(message.authorId !== actorId
        ? { notice: { message: removalNotice(room?.name ?? null), endsAt: null } }
        : {}),
    };
    await this.events.emitAsync(MODERATION_ACTION_TAKEN_EVENT, event);
    return message;
  }

  /**
   * Removes a message: its body is no longer shown, and everyone in the room gets message:removed
   * (inside a decision `tx`, once it has committed).
   */
  async remove(actorId: string, messageId: string, tx?: DecisionTransaction): Promise<ChatMessageEntity> {
    const repo = tx ? tx.manager.getRepository(ChatMessageEntity) : this.messages;
    const message = await this.require(requireUuid(messageId, 'id'), repo);
    if (message.status !== StoredMessageStatus.REMOVED) {
      message.status = StoredMessageStatus.REMOVED;
      message.removedAt = new Date();
      message.removedBy = actorId;
      await repo.update(message.id, {
        status: message.status,
        removedAt: message.removedAt,
        removedBy: actorId,
      });
    }
    const announce = () => this.broadcaster.messageRemoved(message.id, message.roomId);
    if (tx) tx.afterCommit(announce);
    else announce();
    return message;
  }

  async describe(ids: readonly string[]): Promise<Map<string, ModeratedContentInfo>> {
    const wanted = ids.filter(isUuid);
    const rows =
      wanted.length > 0
        ? await this.messages.find({ where: { id: In(wanted) }, relations: { room: true } })
        : [];
    return new Map(
      rows.map((m) => [
        m.id,
        {
          id: m.id,
          authorId: m.authorId,
          excerpt: m.body.slice(0, 500),
          status: m.status,
          createdAt: m.createdAt,
          context: { roomId: m.roomId, roomSlug: m.room?.slug, roomName: m.room?.name },
        },
      ]),
    );
  }

  /** REMOVE and HIDE take a message down; RESTORE and APPROVE make it visible to everyone again. */
  async apply(
    id: string,
    outcome: ContentModerationOutcome,
    context: { actorId: string; note: string | null },
    tx: DecisionTransaction,
  ): Promise<void> {
    if (outcome === 'REMOVE' || outcome === 'HIDE') {
      await this.remove(context.actorId, id, tx);
      return;
    }
    const repo = tx.manager.getRepository(ChatMessageEntity);
    const message = await this.require(requireUuid(id, 'id'), repo);
    if (message.status === StoredMessageStatus.VISIBLE) return;
    message.status = StoredMessageStatus.VISIBLE;
    message.removedAt = null;
    message.removedBy = null;
    await repo.update(message.id, { status: message.status, removedAt: null, removedBy: null });
    tx.afterCommit(async () => {
      const [dto] = await this.history.toDtos([message]);
      if (dto) this.broadcaster.messageUpdated(dto);
    });
  }

  private async require(id: string, repo = this.messages): Promise<ChatMessageEntity> {
    const message = await repo.findOne({ where: { id } });
    if (!message) throw new NotFoundError('That message');
    return message;
  }
}
