import { Injectable, Logger } from '@nestjs/common';
import { ForbiddenError, isModerator } from '@haven/server/core';
import type { ChatMessageDto, ChatRoomDto } from '@haven/shared/contracts';
import { ChatBroadcaster, type ChatSocket } from './chat-broadcaster.service';
import { ROOM_CHANNEL_PREFIX, parseRoomPayload, roomChannel, roomModeratorsChannel } from './chat.rules';
import { toChatRoomDto } from './dto/chat-room.object';
import { MessageHistoryService } from './message-history.service';
import { MutesService } from './mutes.service';
import { PresenceService } from './presence.service';
import { RoomsService } from './rooms.service';

export interface JoinResult {
  room: ChatRoomDto;
  recent: ChatMessageDto[];
  /** The `before` cursor for the messages older than `recent`; null when there are none. */
  olderCursor: string | null;
  /** Set while a moderator has muted the member in this room. */
  mutedUntil: string | null;
}

/** One typing event per member and room in this window reaches the others. */
export const TYPING_THROTTLE_MS = 2_000;

/** A socket's life in rooms: joining, leaving, typing, and presence as sockets come and go. */
@Injectable()
export class ChatSessionService {
  private readonly logger = new Logger(ChatSessionService.name);
  private readonly lastTyping = new WeakMap<ChatSocket, Map<string, number>>();

  constructor(
    private readonly rooms: RoomsService,
    private readonly presence: PresenceService,
    private readonly history: MessageHistoryService,
    private readonly broadcaster: ChatBroadcaster,
    private readonly mutes: MutesService,
  ) {}

  async join(socket: ChatSocket, payload: unknown): Promise<JoinResult> {
    const { roomId } = parseRoomPayload(payload);
    const room = await this.rooms.requireFor(socket.data.actor, roomId);
    const channel = roomChannel(room.id);
    let onlineCount: number;
    if (socket.rooms.has(channel)) {
      onlineCount = await this.presence.count(room.id);
    } else {
      await socket.join(isModerator(socket.data.actor) ? [channel, roomModeratorsChannel(room.id)] : channel);
      onlineCount = await this.enter(room.id, socket.data.actor.id);
    }
    const { recent, olderCursor } = await this.history.recent(socket.data.actor, room.id);
    const mutedUntil = await this.mutes.mutedUntil(room.id, socket.data.actor.id);
    return {
      room: toChatRoomDto(room, onlineCount),
      recent,
      olderCursor,
      mutedUntil: mutedUntil?.toISOString() ?? null,
    };
  }

  async leave(socket: ChatSocket, payload: unknown): Promise<object> {
    const { roomId } = parseRoomPayload(payload);
    const channel = roomChannel(roomId);
    if (socket.rooms.has(channel)) {
      await socket.leave(channel);
      await socket.leave(roomModeratorsChannel(roomId));
      await this.exit(roomId, socket.data.actor.id);
    }
    return {};
  }

  typing(socket: ChatSocket, payload: unknown): object {
    const { roomId } = parseRoomPayload(payload);
    this.requireJoined(socket, roomId);
    const seen = this.lastTyping.get(socket) ?? new Map<string, number>();
    this.lastTyping.set(socket, seen);
    const now = Date.now();
    if (now - (seen.get(roomId) ?? 0) >= TYPING_THROTTLE_MS) {
      seen.set(roomId, now);
      this.broadcaster.typing(socket, roomId, socket.data.user);
    }
    return {};
  }

  requireJoined(socket: ChatSocket, roomId: string): void {
    if (!socket.rooms.has(roomChannel(roomId)))
      throw new ForbiddenError('Join the room before taking part in it.');
  }

  /** A recovered connection is back in its rooms: count the member in again. */
  async restore(socket: ChatSocket): Promise<void> {
    for (const roomId of this.joinedRooms(socket)) await this.enter(roomId, socket.data.actor.id);
  }

  /** The socket is going (its rooms are still known): count the member out of each. */
  async disconnecting(socket: ChatSocket): Promise<void> {
    const userId = socket.data.actor?.id;
    if (!userId) return;
    for (const roomId of this.joinedRooms(socket)) await this.exit(roomId, userId);
  }

  private joinedRooms(socket: ChatSocket): string[] {
    return [...socket.rooms]
      .filter((r) => r.startsWith(ROOM_CHANNEL_PREFIX))
      .map((r) => r.slice(ROOM_CHANNEL_PREFIX.length));
  }

  private async enter(roomId: string, userId: string): Promise<number> {
    const { count, changed } = await this.presence.join(roomId, userId);
    if (changed) this.broadcaster.presence(roomId, count);
    return count;
  }

  private async exit(roomId: string, userId: string): Promise<void> {
    try {
      const { count, changed } = await this.presence.leave(roomId, userId);
      if (changed) this.broadcaster.presence(roomId, count);
    } catch (error) {
      this.logger.warn(`Presence update failed for room ${roomId}: ${String(error)}`);
    }
  }
}
