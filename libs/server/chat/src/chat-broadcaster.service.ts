import { Injectable } from '@nestjs/common';
import type { Namespace, Socket } from 'socket.io';
import type {
  ChatClientToServerEvents,
  ChatMessageDto,
  ChatRoomDto,
  ChatServerToClientEvents,
  MuteNoticeDto,
  UserDto,
} from '@haven/shared/contracts';
import { SharedStore, userSocketRoom, type SocketData } from '@haven/server/core';
import { roomChannel, roomModeratorsChannel } from './chat.rules';

/** What the chat namespace keeps on each socket: the account (checked at the handshake) and its public profile. */
export interface ChatSocketData extends SocketData {
  user: UserDto;
}

export type ChatNamespace = Namespace<
  ChatClientToServerEvents,
  ChatServerToClientEvents,
  object,
  ChatSocketData
>;
export type ChatSocket = Socket<ChatClientToServerEvents, ChatServerToClientEvents, object, ChatSocketData>;

/**
 * Sends chat events to rooms. Every emit goes through the namespace's adapter, so with Redis it reaches
 * members on every API instance and is kept for connection state recovery.
 */
@Injectable()
export class ChatBroadcaster {
  private server: ChatNamespace | null = null;

  constructor(private readonly store: SharedStore) {}

  attach(server: ChatNamespace): void {
    this.server = server;
  }

  messageNew(message: ChatMessageDto): void {
    this.server?.to(roomChannel(message.roomId)).emit('message:new', message);
  }

  /** To the moderators in the room only. */
  messageCrisis(id: string, roomId: string): void {
    this.server?.to(roomModeratorsChannel(roomId)).emit('message:crisis', { id, roomId });
  }

  messageRemoved(id: string, roomId: string): void {
    this.server?.to(roomChannel(roomId)).emit('message:removed', { id, roomId });
  }

  messageUpdated(message: ChatMessageDto): void {
    this.server?.to(roomChannel(message.roomId)).emit('message:updated', message);
  }

  presence(roomId: string, onlineCount: number): void {
    // While the shared store is away, counts cover this instance only: say so.
    const degraded = this.store.available ? {} : { degraded: true };
    this.server?.to(roomChannel(roomId)).emit('presence', { roomId, onlineCount, ...degraded });
  }

  roomUpdated(room: ChatRoomDto): void {
    this.server?.to(roomChannel(room.id)).emit('room:updated', room);
  }

  /** To the muted member's own sockets (every tab, every instance). */
  muteNotice(userId: string, notice: MuteNoticeDto): void {
    this.server?.to(userSocketRoom(userId)).emit('mute:notice', notice);
  }

  /** Everyone in the room but the typist. */
  typing(socket: ChatSocket, roomId: string, user: UserDto): void {
    socket.to(roomChannel(roomId)).emit('typing', { roomId, user });
  }
}
