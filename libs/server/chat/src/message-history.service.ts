import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { LIMITS, type ChatMessageDto } from '@haven/shared/contracts';
import { TIME_ID, cursorCodec, isModerator, pageSize, type Actor, type Page } from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import { ChatMessageEntity, StoredMessageStatus } from './chat-message.entity';
import { requireUuid } from './chat.rules';
import { toChatMessageDto, toUserDto } from './dto/chat-message.object';
import { RoomsService } from './rooms.service';

const HISTORY_CURSOR = cursorCodec('H', TIME_ID);

/**
 * Reading a room's messages, newest page first. Held messages are shown to their author and to
 * moderators only; removed ones keep their place (their body is blanked where they are presented).
 */
@Injectable()
export class MessageHistoryService {
  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    private readonly rooms: RoomsService,
    private readonly users: UsersService,
  ) {}

  /** The `last` messages before the cursor (or the newest), oldest first; endCursor marks the oldest. */
  async page(
    viewer: Actor,
    roomId: string,
    last: number | null | undefined,
    before?: string | null,
  ): Promise<Page<ChatMessageEntity>> {
    const size = pageSize(last, LIMITS.chat.recentOnJoin, 'last');
    const room = await this.rooms.requireFor(viewer, requireUuid(roomId, 'roomId'));
    const query = this.visibleTo(viewer, room.id).limit(size + 1);
    if (before) {
      const [at, id] = HISTORY_CURSOR.decode(before, 'before');
      query.andWhere('(m.created_at, m.id) < (:at, :id)', { at, id });
    }
    const page = HISTORY_CURSOR.page(await query.getMany(), size, (m) => [m.createdAt.toISOString(), m.id]);
    return { nodes: page.nodes.reverse(), pageInfo: page.pageInfo };
  }

  /**
   * The newest messages (oldest first) for the room:join acknowledgement, with their authors, and the
   * cursor of the page before them (null when there is nothing older).
   */
  async recent(
    viewer: Actor,
    roomId: string,
  ): Promise<{ recent: ChatMessageDto[]; olderCursor: string | null }> {
    const size = LIMITS.chat.recentOnJoin;
    const rows = await this.visibleTo(viewer, roomId)
      .limit(size + 1)
      .getMany();
    const page = HISTORY_CURSOR.page(rows, size, (m) => [m.createdAt.toISOString(), m.id]);
    return {
      recent: await this.toDtos(page.nodes.reverse(), isModerator(viewer)),
      olderCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    };
  }

  /** Messages as Socket.IO payloads: the authors are loaded in one query. */
  async toDtos(messages: ChatMessageEntity[], forModerator = false): Promise<ChatMessageDto[]> {
    const ids = [...new Set(messages.map((m) => m.authorId))];
    const authors = await this.users.findPublicByIds(ids);
    const byId = new Map(authors.flatMap((a) => (a ? [[a.id, toUserDto(a)] as const] : [])));
    return messages.flatMap((m) => {
      const author = byId.get(m.authorId);
      return author ? [toChatMessageDto(m, author, forModerator)] : [];
    });
  }

  private visibleTo(viewer: Actor, roomId: string): SelectQueryBuilder<ChatMessageEntity> {
    const query = this.messages
      .createQueryBuilder('m')
      .where('m.room_id = :roomId', { roomId })
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'DESC');
    if (!isModerator(viewer)) {
      query.andWhere('(m.status <> :held OR m.author_id = :viewerId)', {
        held: StoredMessageStatus.PENDING_REVIEW,
        viewerId: viewer.id,
      });
    }
    return query;
  }
}
