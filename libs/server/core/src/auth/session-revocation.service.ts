import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { SESSION_REVOKED_EVENT, type SessionRevokedEvent } from '../events/account-events';
import { SESSIONS_REVOKED_EVENT, type SessionsRevokedEvent } from '../events/session-events';
import { SharedStore } from '../redis/shared-store';
import { ACCESS_TOKEN_TTL_SECONDS } from './access-token.service';

const key = (sid: string) => `revoked-sid:${sid}`;

/**
 * Sessions ended before their access tokens expire (sign-out, a reused refresh token). The set lives in
 * the shared store for one access-token lifetime, so every instance refuses those tokens at once; with
 * no Redis it is the in-process store.
 */
@Injectable()
export class SessionRevocation {
  constructor(
    private readonly store: SharedStore,
    private readonly events: EventEmitter2,
  ) {}

  async revoke(sid: string, userId: string | null = null): Promise<void> {
    await this.store.set(key(sid), '1', ACCESS_TOKEN_TTL_SECONDS);
    const event: SessionRevokedEvent = { sid, userId };
    this.events.emit(SESSION_REVOKED_EVENT, event);
  }

  /** Sessions ended by the account's own choices (password reset or change, signing sessions out). */
  @OnEvent(SESSIONS_REVOKED_EVENT)
  async revokedInDatabase(event: SessionsRevokedEvent): Promise<void> {
    if (event.sessionIds === 'all') return; // Only account deletion says `all`; deletion closes everything itself.
    await Promise.all(event.sessionIds.map((sid) => this.revoke(sid, event.userId)));
  }

  async isRevoked(sid: string): Promise<boolean> {
    return (await this.store.get(key(sid))) !== null;
  }
}
