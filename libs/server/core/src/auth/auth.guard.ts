import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@haven/shared/contracts';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { AccessTokenService } from './access-token.service';
import { hasRole } from './actor';
import { ActorResolver, assertCanWrite, assertModeratorActive } from './actor-resolver.service';
import { AuthenticationCache } from './authentication-cache';
import { ALLOW_RESTRICTED_KEY, PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { operationTypeOf, requestOf } from './request-context';

/**
 * The global guard. Every resolver and route needs a signed-in account unless marked `@Public()`;
 * `@Roles()` asks for a role; mutations by suspended or banned accounts are refused unless marked
 * `@AllowRestricted()`. A token that is sent must be valid, even on a public resolver.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
    private readonly cache: AuthenticationCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (!req) return true; // Socket.IO gateways authenticate at the handshake.
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const role = this.reflector.getAllAndOverride<Role | undefined>(ROLES_KEY, targets);
    const allowRestricted = this.reflector.getAllAndOverride<boolean>(ALLOW_RESTRICTED_KEY, targets) ?? false;

    if (req.actor === undefined) {
      const token = AccessTokenService.fromHeader(req.headers.authorization);
      const auth = token ? await this.authenticate(token) : null;
      req.actor = auth?.actor ?? null;
      req.sessionId = auth?.sid ?? null;
    }
    const actor = req.actor;
    if (isPublic && !role) return true;
    if (!actor) throw new UnauthenticatedError();
    if (role && !hasRole(actor, role))
      throw new ForbiddenError('This needs a moderator or an administrator.');
    if (role) assertModeratorActive(actor);
    if (operationTypeOf(context) === 'mutation' && !allowRestricted) assertCanWrite(actor);
    return true;
  }

  /** The token's account and session: from the cache of recent requests, or verified and looked up. */
  private async authenticate(token: string) {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const stamp = this.cache.stamp;
    const auth = await this.actors.authenticate(token);
    this.cache.remember(token, auth, stamp);
    return auth;
  }
}
