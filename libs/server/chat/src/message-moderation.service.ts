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
  type ConversationLine,
  type DecisionTransaction,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { ChatMessageEntity, StoredMessageStatus } from './chat-message.entity';
import { ChatRoomEntity } from './chat-room.entity';
import { isUuid, removalNotice, requireUuid } from './chat.rules';
import { MessageHistoryService } from './message-history.service';

const LINE = 'id, author_id, body, status, crisis_detected, created_at';
// For each focus message: up to $2 messages before it in its room, itself, and up to $2 after it.
const SURROUNDINGS_SQL = `
  SELECT f.id AS focus_id, m.* FROM chat_messages f
  CROSS JOIN LATERAL (
    (SELECT ${LINE} FROM chat_messages b
      WHERE b.room_id = f.room_id AND (b.created_at, b.id) < (f.created_at, f.id)
      ORDER BY b.created_at DESC, b.id DESC LIMIT $2)
    UNION ALL (SELECT ${LINE} FROM chat_messages s WHERE s.id = f.id)
    UNION ALL (SELECT ${LINE} FROM chat_messages a
      WHERE a.room_id = f.room_id AND (a.created_at, a.id) > (f.created_at, f.id)
      ORDER BY a.created_at, a.id LIMIT $2)
  ) m
  WHERE f.id = ANY($1::uuid[])
  ORDER BY f.id, m.created_at, m.id`;

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

  /** The `each` messages before and after each message in its room, and the message, oldest first. */
  async surroundings(ids: readonly string[], each: number): Promise<Map<string, ConversationLine[]>> {
    const wanted = ids.filter(isUuid);
    const result = new Map<string, ConversationLine[]>(wanted.map((id) => [id, []]));
    if (wanted.length === 0) return result;
    const rows = (await this.messages.query(SURROUNDINGS_SQL, [wanted, each])) as {
      focus_id: string;
      id: string;
      author_id: string;
      body: string;
      status: StoredMessageStatus;
      crisis_detected: boolean;
      created_at: Date;
    }[];
    for (const row of rows) {
      result.get(row.focus_id)?.push({
        id: row.id,
        authorId: row.author_id,
        body: row.body,
        createdAt: new Date(row.created_at),
        removed: row.status === StoredMessageStatus.REMOVED,
        crisisDetected: row.crisis_detected,
        focus: row.id === row.focus_id,
      });
    }
    return result;
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
