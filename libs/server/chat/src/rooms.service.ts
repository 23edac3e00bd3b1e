import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ModerationAction, Role } from '@haven/shared/contracts';
import {
  BadInputError,
  CATALOG_CHANGED_EVENT,
  ConflictError,
  ForbiddenError,
  ModerationRecorder,
  NotFoundError,
  hasRole,
  runDecision,
  type Actor,
  type CatalogChangedEvent,
  type DecisionTransaction,
} from '@haven/server/core';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { ChatRoomEntity } from './chat-room.entity';
import {
  describeRoomChange,
  isUuid,
  validateRoomDescription,
  validateRoomName,
  validateSlowMode,
  validateSlug,
  type RoomFields,
} from './chat.rules';
import { toChatRoomDto } from './dto/chat-room.object';
import type { UpdateChatRoomInput } from './dto/chat-room.inputs';
import { PresenceService } from './presence.service';

/** Anyone may enter a public room; a private support room admits its member and its moderator only. */
export function mayEnter(room: ChatRoomEntity, viewer: Actor | null): boolean {
  if (room.supportMemberId === null) return true;
  return !!viewer && (viewer.id === room.supportMemberId || viewer.id === room.supportModeratorId);
}

/**
 * Rooms: the list, and the changes administrators (everything) and moderators (lock, slow mode) make,
 * each written to the moderation log with the change; members' room lists hear of it after the commit.
 */
@Injectable()
export class RoomsService {
  constructor(
    @InjectRepository(ChatRoomEntity) private readonly rooms: Repository<ChatRoomEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly presence: PresenceService,
    private readonly broadcaster: ChatBroadcaster,
    private readonly recorder: ModerationRecorder,
    private readonly events: EventEmitter2,
  ) {}

  /** The public rooms (private support rooms are never listed). */
  list(): Promise<ChatRoomEntity[]> {
    return this.rooms.find({
      where: { supportMemberId: IsNull() },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
  }

  /** A room by its address; a private support room only for its two people (null for anyone else). */
  async findBySlug(slug: string, viewer: Actor | null): Promise<ChatRoomEntity | null> {
    if (typeof slug !== 'string' || slug.length > 64) return null;
    const room = await this.rooms.findOne({ where: { slug: slug.trim().toLowerCase() } });
    return room && mayEnter(room, viewer) ? room : null;
  }

  /** The room, when the viewer may be in it: a private support room is NOT_FOUND to anyone but its two. */
  async requireFor(viewer: Actor, roomId: string): Promise<ChatRoomEntity> {
    const room = await this.require(roomId);
    if (!mayEnter(room, viewer)) throw new NotFoundError('That room');
    return room;
  }

  async require(roomId: string): Promise<ChatRoomEntity> {
    const room = isUuid(roomId) ? await this.rooms.findOne({ where: { id: roomId } }) : null;
    if (!room) throw new NotFoundError('That room');
    return room;
  }

  async create(actor: Actor, input: RoomFields): Promise<ChatRoomEntity> {
    const slug = validateSlug(input.slug);
    const name = validateRoomName(input.name);
    const description = validateRoomDescription(input.description);
    const id = await runDecision(this.db, async (tx) => {
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(ChatRoomEntity)
        .values({ slug, name, description })
        .orIgnore()
        .returning(['id'])
        .execute();
      const created = (inserted.raw as { id: string }[])[0]?.id;
      if (!created) throw new ConflictError('A room with that address already exists.', { field: 'slug' });
      await this.log(actor, created, `Opened the room “${name}” (${slug}).`, tx);
      return created;
    });
    return this.require(id);
  }

  /** Administrators change anything; moderators only lock and slow mode. Members in the room hear of it. */
  async update(actor: Actor, roomId: string, input: UpdateChatRoomInput): Promise<ChatRoomEntity> {
    const room = await this.require(roomId);
    const changesDetails = input.name != null || input.description != null;
    if (changesDetails && !hasRole(actor, Role.ADMIN)) {
      throw new ForbiddenError('Only an administrator can rename a room or change its description.');
    }
    const changes: Partial<ChatRoomEntity> = {};
    if (input.name != null) changes.name = validateRoomName(input.name);
    if (input.description != null) changes.description = validateRoomDescription(input.description);
    if (input.slowModeSeconds != null) changes.slowModeSeconds = validateSlowMode(input.slowModeSeconds);
    if (input.locked != null) {
      if (typeof input.locked !== 'boolean') throw new BadInputError('`locked` must be true or false.');
      changes.locked = input.locked;
    }
    const note = describeRoomChange(room, { ...room, ...changes });
    if (!note) return room;
    await runDecision(this.db, async (tx) => {
      await tx.manager.update(ChatRoomEntity, room.id, changes);
      await this.log(actor, room.id, note, tx);
      tx.afterCommit(async () => {
        const updated = await this.require(room.id);
        this.broadcaster.roomUpdated(toChatRoomDto(updated, await this.presence.count(room.id)));
      });
    });
    return this.require(room.id);
  }

  private async log(actor: Actor, roomId: string, note: string, tx: DecisionTransaction): Promise<void> {
    await this.recorder.record(
      {
        actorId: actor.id,
        action: ModerationAction.ROOM_CHANGED,
        contentKind: null,
        contentId: roomId,
        targetUserId: null,
        note,
      },
      tx,
    );
    tx.afterCommit(() => {
      const event: CatalogChangedEvent = { catalog: 'rooms' };
      this.events.emit(CATALOG_CHANGED_EVENT, event);
    });
  }
}
