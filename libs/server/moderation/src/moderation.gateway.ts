import { Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { Namespace } from 'socket.io';
import {
  MODERATION_EVENTS,
  MODERATION_NAMESPACE,
  Role,
  type ModerationCaseEventDto,
} from '@haven/shared/contracts';
import { ActorResolver, socketAuthMiddleware } from '@haven/server/core';

/**
 * The live queue at `/moderation`: moderators and administrators only (members are refused with
 * FORBIDDEN at the handshake). Broadcasts go through the Socket.IO adapter, so with Redis every
 * moderator connected to any instance receives them.
 */
@WebSocketGateway({ namespace: MODERATION_NAMESPACE })
export class ModerationGateway implements OnGatewayInit {
  private readonly logger = new Logger(ModerationGateway.name);

  @WebSocketServer()
  private readonly server: Namespace;

  constructor(private readonly actors: ActorResolver) {}

  afterInit(server: Namespace): void {
    server.use(socketAuthMiddleware(this.actors, { role: Role.MODERATOR }));
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
