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
  MODERATION_EVENTS,
  MODERATION_NAMESPACE,
  Role,
  type ModerationCaseEventDto,
} from '@haven/shared/contracts';
import {
  ACCOUNT_STATUS_CHANGED_EVENT,
  ActorResolver,
  socketAuthMiddleware,
  type AccountStatusChangedEvent,
  type SocketData,
} from '@haven/server/core';

const accountRoom = (userId: string) => `account:${userId}`;

/**
 * The live queue at `/moderation`: moderators and administrators only (members are refused with
 * FORBIDDEN at the handshake). Broadcasts go through the Socket.IO adapter, so with Redis every
 * moderator connected to any instance receives them.
 */
@WebSocketGateway({ namespace: MODERATION_NAMESPACE })
export class ModerationGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(ModerationGateway.name);

  @WebSocketServer()
  private readonly server: Namespace;

  constructor(private readonly actors: ActorResolver) {}

  afterInit(server: Namespace): void {
    server.use(socketAuthMiddleware(this.actors, { role: Role.MODERATOR }));
  }

  handleConnection(socket: Socket): void {
    void socket.join(accountRoom((socket.data as SocketData).actor.id));
  }

  /** A banned moderator loses the live queue at once, on every instance. */
  @OnEvent(ACCOUNT_STATUS_CHANGED_EVENT)
  onAccountStatusChanged(event: AccountStatusChangedEvent): void {
    if (event.status === AccountStatus.BANNED)
      this.server?.in(accountRoom(event.userId)).disconnectSockets(true);
  }

  caseOpened(payload: ModerationCaseEventDto): void {
    this.emit(MODERATION_EVENTS.caseOpened, payload);
  }

  caseUpdated(payload: ModerationCaseEventDto): void {
    this.emit(MODERATION_EVENTS.caseUpdated, payload);
  }

  private emit(event: string, payload: ModerationCaseEventDto): void {
    if (!this.server) {
      this.logger.warn(`No Socket.IO server yet; ${event} for case ${payload.id} not broadcast`);
      return;
    }
    this.server.emit(event, payload);
  }
}
