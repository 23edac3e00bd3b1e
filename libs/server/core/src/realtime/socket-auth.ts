import type { Role } from '@haven/shared/contracts';
import type { Socket } from 'socket.io';
import { hasRole, type Actor } from '../auth/actor';
import { ActorResolver, assertCanWrite } from '../auth/actor-resolver.service';
import { ForbiddenError, UnauthenticatedError, toClientError } from '../errors';

export interface SocketData {
  actor: Actor;
}

/**
 * Handshake middleware: authenticates `auth.token` once (never the query string). Refusals reach the
 * client as `connect_error` whose message is the error code (UNAUTHENTICATED or FORBIDDEN).
 */
export function socketAuthMiddleware(
  actors: ActorResolver,
  options: { role?: Role; activeOnly?: boolean } = {},
) {
  return (socket: Socket, next: (err?: Error) => void) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const run = async () => {
      if (typeof token !== 'string' || token.length === 0 || token.length > 4096)
        throw new UnauthenticatedError();
      const actor = await actors.fromToken(token);
      if (options.activeOnly) assertCanWrite(actor);
      if (options.role && !hasRole(actor, options.role)) throw new ForbiddenError('Moderators only.');
      (socket.data as SocketData).actor = actor;
    };
    run().then(
      () => next(),
      (error: unknown) => {
        const client = toClientError(error);
        const err = new Error(client.code) as Error & { data?: unknown };
        err.data = { message: client.message };
        next(err);
      },
    );
  };
}
