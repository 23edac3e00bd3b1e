import { Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import {
  AccountStatus,
  NOTIFICATION_EVENTS,
  NOTIFICATIONS_NAMESPACE,
  type NotificationDto,
} from '@haven/shared/contracts';
import {
  ACCOUNT_DELETED_EVENT,
  ACCOUNT_STATUS_CHANGED_EVENT,
  ActorResolver,
  socketAuthMiddleware,
  type AccountDeletedEvent,
  type AccountStatusChangedEvent,
  type SocketData,
} from '@haven/server/core';

const accountRoom = (userId: string) => `account:${userId}`;

/**
 * `/notifications`: any signed-in member. Each socket joins its account's room; emits go through the
 * Socket.IO adapter, so every tab of the member on every instance receives them.
 */
@WebSocketGateway({ namespace: NOTIFICATIONS_NAMESPACE })
export class NotificationsGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(NotificationsGateway.name);

  @WebSocketServer()
  private readonly server: Namespace;

  constructor(private readonly actors: ActorResolver) {}

  afterInit(server: Namespace): void {
    server.use(socketAuthMiddleware(this.actors));
  }

  handleConnection(socket: Socket): void {
    void socket.join(accountRoom((socket.data as SocketData).actor.id));
  }

  /** A suspended, banned or deleted account loses its live notifications at once, on every instance. */
  @OnEvent(ACCOUNT_STATUS_CHANGED_EVENT)
  onAccountStatusChanged(event: AccountStatusChangedEvent): void {
    if (event.status !== AccountStatus.ACTIVE) this.disconnect(event.userId);
  }

  @OnEvent(ACCOUNT_DELETED_EVENT)
  onAccountDeleted(event: AccountDeletedEvent): void {
    this.disconnect(event.userId);
  }

  notify(userId: string, notification: NotificationDto): void {
    this.server?.to(accountRoom(userId)).emit(NOTIFICATION_EVENTS.notificationNew, notification);
  }

  count(userId: string, unreadCount: number): void {
    if (!this.server) {
      this.logger.warn('No Socket.IO server yet; notification count not pushed');
      return;
    }
    this.server.to(accountRoom(userId)).emit(NOTIFICATION_EVENTS.notificationCount, { unreadCount });
  }

  private disconnect(userId: string): void {
    this.server?.in(accountRoom(userId)).disconnectSockets(true);
  }
}
