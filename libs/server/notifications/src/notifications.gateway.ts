import { Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { Namespace } from 'socket.io';
import { NOTIFICATION_EVENTS, NOTIFICATIONS_NAMESPACE, type NotificationDto } from '@haven/shared/contracts';
import {
  CATALOG_CHANGED_EVENT,
  SocketAuthority,
  userSocketRoom,
  type CatalogChangedEvent,
} from '@haven/server/core';

/**
 * `/notifications`: any signed-in member whose account is active. Each socket is in its account's room
 * (joined by the socket authority); emits go through the Socket.IO adapter, so every tab of the member on
 * every instance receives them. A suspension, ban, deletion or sign-out closes the socket at once.
 * `catalog:changed` goes to every socket of the namespace, so members' category and room lists refresh.
 */
@WebSocketGateway({ namespace: NOTIFICATIONS_NAMESPACE })
export class NotificationsGateway implements OnGatewayInit {
  private readonly logger = new Logger(NotificationsGateway.name);

  @WebSocketServer()
  private readonly server: Namespace;

  constructor(private readonly authority: SocketAuthority) {}

  afterInit(server: Namespace): void {
    this.authority.protect(server, { activeOnly: true, events: [] });
  }

  notify(userId: string, notification: NotificationDto): void {
    this.server?.to(userSocketRoom(userId)).emit(NOTIFICATION_EVENTS.notificationNew, notification);
  }

  count(userId: string, unreadCount: number): void {
    if (!this.server) {
      this.logger.warn('No Socket.IO server yet; notification count not pushed');
      return;
    }
    this.server.to(userSocketRoom(userId)).emit(NOTIFICATION_EVENTS.notificationCount, { unreadCount });
  }

  /** Categories or rooms changed: every signed-in member's tabs, on every instance, refetch the list. */
  @OnEvent(CATALOG_CHANGED_EVENT)
  catalogChanged(event: CatalogChangedEvent): void {
    this.server?.emit(NOTIFICATION_EVENTS.catalogChanged, { catalog: event.catalog });
  }
}
