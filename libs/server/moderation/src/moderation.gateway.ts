import { Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { Namespace } from 'socket.io';
import {
  MODERATION_EVENTS,
  MODERATION_NAMESPACE,
  Role,
  type ModerationCaseEventDto,
} from '@haven/shared/contracts';
import { SocketAuthority } from '@haven/server/core';

/**
 * The live queue at `/moderation`: active moderators and administrators only (members and suspended
 * moderators are refused with FORBIDDEN at the handshake, and lose their sockets when demoted or
 * suspended). Clients send nothing here: any event is acknowledged with BAD_USER_INPUT. Broadcasts go through the Socket.IO adapter, so with Redis every
 * moderator connected to any instance receives them.
 */
@WebSocketGateway({ namespace: MODERATION_NAMESPACE })
export class ModerationGateway implements OnGatewayInit {
  private readonly logger = new Logger(ModerationGateway.name);

  @WebSocketServer()
  private readonly server: Namespace;

  constructor(private readonly authority: SocketAuthority) {}

  afterInit(server: Namespace): void {
    this.authority.protect(server, { role: Role.MODERATOR, events: [] });
  }

  caseOpened(payload: ModerationCaseEventDto): void {
    this.emit(MODERATION_EVENTS.caseOpened, payload);
  }

  caseUpdated(payload: ModerationCaseEventDto): void {
    this.emit(MODERATION_EVENTS.caseUpdated, payload);
  }

  caseEscalated(payload: ModerationCaseEventDto): void {
    this.emit(MODERATION_EVENTS.caseEscalated, payload);
  }

  private emit(event: string, payload: ModerationCaseEventDto): void {
    if (!this.server) {
      this.logger.warn(`No Socket.IO server yet; ${event} for case ${payload.id} not broadcast`);
      return;
    }
    this.server.emit(event, payload);
  }
}
