import { Injectable } from '@nestjs/common';
import { AccountStatus } from '@haven/shared/contracts';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { AccessTokenService } from './access-token.service';
import { ActorLookup, effectiveStatus, type Actor } from './actor';

/** Turns an access token into the current account, refusing banned ones. Shared by HTTP and sockets. */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly lookup: ActorLookup,
  ) {}

  async fromToken(token: string): Promise<Actor> {
    const claims = this.tokens.verify(token);
    const actor = await this.lookup.findActor(claims.sub);
    if (!actor) throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    if (actor.status === AccountStatus.BANNED) throw new ForbiddenError('This account has been banned.');
    return { ...actor, status: effectiveStatus(actor) };
  }
}

/** Refuses a write by a suspended account, naming when the suspension ends. */
export function assertCanWrite(actor: Actor): void {
  const status = effectiveStatus(actor);
  if (status === AccountStatus.SUSPENDED) {
    const until = actor.suspendedUntil?.toISOString();
    throw new ForbiddenError(
      until ? `Your account is suspended until ${until}.` : 'Your account is suspended.',
      until ? { suspendedUntil: until } : undefined,
    );
  }
  if (status === AccountStatus.BANNED) throw new ForbiddenError('This account has been banned.');
}
