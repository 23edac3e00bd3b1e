import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  CHAT_EVENTS,
  CHAT_NAMESPACE,
  ErrorCode,
  type Ack,
  type ChatMessageDto,
  type SafetyCheckDto,
} from '@haven/shared/contracts';
import { SocketAuthority, UnauthenticatedError, toClientError } from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import { ChatBroadcaster, type ChatNamespace, type ChatSocket } from './chat-broadcaster.service';
import { ChatSessionService, type JoinResult } from './chat-session.service';
import { parseSendPayload } from './chat.rules';
import { toUserDto } from './dto/chat-message.object';
import { MessagesService } from './messages.service';

const KNOWN_EVENTS = [CHAT_EVENTS.join, CHAT_EVENTS.leave, CHAT_EVENTS.send, CHAT_EVENTS.typing];

/**
 * The /chat namespace, under the socket authority rules (active accounts only; see `SocketAuthority`).
 * The handshake also loads the member's public profile; every event is answered with `{ ok: true, ... }` or `{ ok: false, error }`,
 * and nothing a client sends can throw past this class.
 */
@WebSocketGateway({ namespace: CHAT_NAMESPACE })
export class ChatGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(ChatGateway.name);

  constructor(
    private readonly authority: SocketAuthority,
    private readonly users: UsersService,
    private readonly session: ChatSessionService,
    private readonly messages: MessagesService,
    private readonly broadcaster: ChatBroadcaster,
  ) {}

  afterInit(server: ChatNamespace): void {
    this.authority.protect(server, { activeOnly: true, events: KNOWN_EVENTS });
    server.use((socket, next) => {
      this.users.findPublicByIds([socket.data.actor.id]).then(
        ([user]) => {
          if (!user) return next(new Error(ErrorCode.UNAUTHENTICATED));
          socket.data.user = toUserDto(user);
          next();
        },
        (error: unknown) => {
          this.logger.error(`Loading a chat profile failed: ${String(error)}`);
          next(new Error(toClientError(new UnauthenticatedError()).code));
        },
      );
    });
    this.broadcaster.attach(server);
  }

  handleConnection(socket: ChatSocket): void {
    socket.on('disconnecting', () => {
      this.session.disconnecting(socket).catch((error: unknown) => this.logger.warn(String(error)));
    });
    if (socket.recovered) {
      this.session.restore(socket).catch((error: unknown) => this.logger.warn(String(error)));
    }
  }

  @SubscribeMessage(CHAT_EVENTS.join)
  join(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: unknown): Promise<Ack<JoinResult>> {
    return this.answer(CHAT_EVENTS.join, () => this.session.join(socket, payload));
  }

  @SubscribeMessage(CHAT_EVENTS.leave)
  leave(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: unknown): Promise<Ack> {
    return this.answer(CHAT_EVENTS.leave, () => this.session.leave(socket, payload));
  }

  @SubscribeMessage(CHAT_EVENTS.send)
  send(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() payload: unknown,
  ): Promise<Ack<{ message: ChatMessageDto; safety: SafetyCheckDto }>> {
    return this.answer(CHAT_EVENTS.send, async () => {
      const input = parseSendPayload(payload);
      this.session.requireJoined(socket, input.roomId);
      const { message, safety } = await this.messages.send(socket.data.actor, socket.data.user, input);
      return { message, safety };
    });
  }

  @SubscribeMessage(CHAT_EVENTS.typing)
  typing(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: unknown): Promise<Ack> {
    return this.answer(CHAT_EVENTS.typing, async () => this.session.typing(socket, payload));
  }

  /** Runs a handler and turns its outcome into an acknowledgement; unknown failures are logged, never leaked. */
  private async answer<T extends object>(event: string, work: () => Promise<T>): Promise<Ack<T>> {
    try {
      return { ok: true, ...(await work()) } as Ack<T>;
    } catch (error) {
      const client = toClientError(error);
      if (client.code === ErrorCode.INTERNAL_SERVER_ERROR) {
        this.logger.error(
          `Chat event ${event} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
      return { ok: false, error: client };
    }
  }
}
