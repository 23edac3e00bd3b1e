import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { Role } from '@haven/shared/contracts';
import type { Namespace, Socket } from 'socket.io';
import { hasRole, type Actor } from '../auth/actor';
import { ActorResolver, assertCanWrite, assertModeratorActive } from '../auth/actor-resolver.service';
import { Clock } from '../clock/clock';
import { BadInputError, ForbiddenError, UnauthenticatedError, toClientError } from '../errors';
import {
  ACCOUNT_DELETED_EVENT,
  ACCOUNT_ROLE_CHANGED_EVENT,
  ACCOUNT_STATUS_CHANGED_EVENT,
  SESSION_REVOKED_EVENT,
  type SessionRevokedEvent,
} from '../events/account-events';
import { findUnsafeText } from '../graphql/safe-text';

/** Largest event payload a handler sees; bigger frames (up to the transport's 1 MB) get BAD_USER_INPUT. */
export const SOCKET_MAX_MESSAGE_BYTES = 64 * 1024;

export interface SocketData {
  actor: Actor;
  sid: string;
  /** When the handshake token expires (ms since the epoch). */
  expiresAt: number;
}

/** Who a namespace admits: a least role, and whether suspended accounts are kept out. */
export interface NamespaceRule {
  role?: Role;
  activeOnly?: boolean;
  /** Client→server events the namespace answers; any other event is acknowledged with BAD_USER_INPUT. */
  events?: readonly string[];
}

export const userSocketRoom = (userId: string) => `user:${userId}`;
export const sessionSocketRoom = (sid: string) => `session:${sid}`;

/** Throws when the account may not hold a socket on a namespace with this rule. */
export function assertEntitled(actor: Actor, rule: NamespaceRule): void {
  if (rule.activeOnly) assertCanWrite(actor);
  if (rule.role) {
    if (!hasRole(actor, rule.role)) throw new ForbiddenError('Moderators only.');
    assertModeratorActive(actor);
  }
}

type AckFn = (res: unknown) => void;

function refuse(ack: unknown, error: unknown): void {
  if (typeof ack === 'function') (ack as AckFn)({ ok: false, error: toClientError(error) });
}

/** The size of an event's arguments as JSON, stopping early once past the limit. */
function payloadTooLarge(args: unknown[]): boolean {
  try {
    return Buffer.byteLength(JSON.stringify(args) ?? '', 'utf8') > SOCKET_MAX_MESSAGE_BYTES;
  } catch {
    return true;
  }
}

/**
 * The authority rules of every Socket.IO namespace: the handshake authenticates `auth.token` (never the
 * query string) and applies the namespace's rule; every event re-checks the token's expiry, the size
 * and the text of its payload; and a role or status change, an account deletion or a sign-out closes,
 * on every instance (through the adapter), each socket the account is no longer entitled to.
 */
@Injectable()
export class SocketAuthority {
  private readonly logger = new Logger(SocketAuthority.name);
  private readonly namespaces: { ns: Namespace; rule: NamespaceRule }[] = [];

  constructor(
    private readonly actors: ActorResolver,
    private readonly clock: Clock,
  ) {}

  /** Puts a namespace under these rules (call from the gateway's `afterInit`). */
  protect(ns: Namespace, rule: NamespaceRule): void {
    this.namespaces.push({ ns, rule });
    ns.use((socket, next) => {
      this.handshake(socket, rule).then(
        () => next(),
        (error: unknown) => {
          const client = toClientError(error);
          const err = new Error(client.code) as Error & { data?: unknown };
          err.data = { message: client.message };
          next(err);
        },
      );
    });
    ns.on('connection', (socket: Socket) => this.watch(socket, rule));
  }

  private async handshake(socket: Socket, rule: NamespaceRule): Promise<void> {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096)
      throw new UnauthenticatedError();
    const auth = await this.actors.authenticate(token);
    if (auth.expiresAt <= this.clock.now().getTime()) throw new UnauthenticatedError();
    assertEntitled(auth.actor, rule);
    const data = socket.data as SocketData;
    data.actor = auth.actor;
    data.sid = auth.sid;
    data.expiresAt = auth.expiresAt;
  }

  private watch(socket: Socket, rule: NamespaceRule): void {
    const data = socket.data as SocketData;
    void socket.join([userSocketRoom(data.actor.id), sessionSocketRoom(data.sid)]);
    socket.use((packet, next) => {
      const [, ...args] = packet;
      const ack = args.length > 0 && typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
      if (data.expiresAt <= this.clock.now().getTime()) {
        return refuse(ack, new UnauthenticatedError('Your session has expired. Please sign in again.'));
      }
      if (payloadTooLarge(args)) {
        return refuse(ack, new BadInputError(`A message has at most ${SOCKET_MAX_MESSAGE_BYTES / 1024} KB.`));
      }
      if (findUnsafeText(args)) {
        return refuse(ack, new BadInputError('Text may not contain NUL bytes or broken characters.'));
      }
      next();
    });
    const known = new Set(rule.events ?? []);
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && known.has(event)) return;
      refuse(args[args.length - 1], new BadInputError(`Unknown event "${String(event).slice(0, 40)}".`));
    });
  }

  @OnEvent(ACCOUNT_ROLE_CHANGED_EVENT)
  @OnEvent(ACCOUNT_STATUS_CHANGED_EVENT)
  @OnEvent(ACCOUNT_DELETED_EVENT)
  async recheck(event: { userId: string }): Promise<void> {
    try {
      const actor = await this.actors.current(event.userId);
      for (const { ns, rule } of this.namespaces) {
        let entitled = !!actor;
        if (actor) {
          try {
            assertEntitled(actor, rule);
          } catch {
            entitled = false;
          }
        }
        if (!entitled) ns.in(userSocketRoom(event.userId)).disconnectSockets(true);
      }
    } catch (error) {
      this.logger.error(`Re-checking the sockets of ${event.userId} failed: ${String(error)}`);
    }
  }

  @OnEvent(SESSION_REVOKED_EVENT)
  sessionEnded(event: SessionRevokedEvent): void {
    for (const { ns } of this.namespaces) ns.in(sessionSocketRoom(event.sid)).disconnectSockets(true);
  }
}
