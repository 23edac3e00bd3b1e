import { Injectable } from '@nestjs/common';
import { AccountStatus } from '@haven/shared/contracts';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { AccessTokenService } from './access-token.service';
import { ActorLookup, effectiveStatus, type Actor } from './actor';
import { SessionRevocation } from './session-revocation.service';

/** A verified access token: the account, its session and when the token stops being valid. */
export interface Authentication {
  actor: Actor;
  sid: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** The `exp` claim of a token that has already been verified. */
function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/**
 * Turns an access token into the current account, refusing revoked sessions and banned accounts.
 * Shared by HTTP and sockets.
 */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly lookup: ActorLookup,
    private readonly revocation: SessionRevocation,
  ) {}

  async fromToken(token: string): Promise<Actor> {
    return (await this.authenticate(token)).actor;
  }

  async authenticate(token: string): Promise<Authentication> {
    const claims = this.tokens.verify(token);
    const [actor, revoked] = await Promise.all([
      this.lookup.findActor(claims.sub),
      typeof claims.sid === 'string' ? this.revocation.isRevoked(claims.sid) : Promise.resolve(true),
    ]);
    if (!actor || revoked) throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    if (actor.status === AccountStatus.BANNED) throw new ForbiddenError('This account has been banned.');
    return {
      actor: { ...actor, status: effectiveStatus(actor) },
      sid: claims.sid,
      expiresAt: expiryOf(token),
    };
  }

  /** The account as it is now (after a role or status change), or null when it is gone. */
  async current(userId: string): Promise<Actor | null> {
    const actor = await this.lookup.findActor(userId);
    return actor ? { ...actor, status: effectiveStatus(actor) } : null;
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

/** Moderator powers: a moderator or administrator whose account is active (not suspended). */
export function assertModeratorActive(actor: Actor): void {
  if (effectiveStatus(actor) !== AccountStatus.ACTIVE) {
    throw new ForbiddenError('A suspended account has no moderator powers.');
  }
}
