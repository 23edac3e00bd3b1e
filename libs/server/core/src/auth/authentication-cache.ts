import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ACCOUNT_DELETED_EVENT,
  ACCOUNT_ROLE_CHANGED_EVENT,
  ACCOUNT_STATUS_CHANGED_EVENT,
  SESSION_REVOKED_EVENT,
  type AccountDeletedEvent,
  type AccountRoleChangedEvent,
  type AccountStatusChangedEvent,
  type SessionRevokedEvent,
} from '../events/account-events';
import { SESSIONS_REVOKED_EVENT, type SessionsRevokedEvent } from '../events/session-events';
import { SharedStore } from '../redis/shared-store';
import { effectiveStatus } from './actor';
import type { Authentication } from './actor-resolver.service';

/** How long a verified token's account is trusted without asking again (changes retire it sooner). */
export const AUTHENTICATION_CACHE_SECONDS = 30;
const MAX_ENTRIES = 10_000;
/** Every instance's caches hear on this channel which sessions and accounts changed. */
export const AUTHENTICATION_CHANGES_CHANNEL = 'auth:changed';

interface Entry {
  auth: Authentication;
  /** Milliseconds since the epoch: the earlier of the token's expiry and the cache's own bound. */
  until: number;
}

/** What retires cached authentications: a session, or every session of an account. */
export type AuthenticationChange = { sid: string } | { userId: string };

/**
 * Verified access tokens of recent requests, so a member's next request costs no JWT verification,
 * account lookup or session check. An entry is dropped, on every instance at once (through the shared
 * store's publish/subscribe), when its session is revoked or its account's status or role changes or
 * the account is deleted; otherwise it lasts at most AUTHENTICATION_CACHE_SECONDS and never past the
 * token's expiry. A suspension's end is judged on every request. While the shared store is away (other
 * instances' changes could not be heard) nothing is cached.
 */
@Injectable()
export class AuthenticationCache implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  /** Counts changes heard, so an answer read before a change is not kept after it. */
  private changes = 0;
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(private readonly store: SharedStore) {}

  async onModuleInit(): Promise<void> {
    this.unsubscribe = await this.store.subscribe(AUTHENTICATION_CHANGES_CHANNEL, (message) => {
      try {
        this.drop(JSON.parse(message) as AuthenticationChange);
      } catch {
        this.clear();
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.unsubscribe?.();
    this.clear();
  }

  /** A stamp to pass to `remember`: an authentication read before a later change is not kept. */
  get stamp(): number {
    return this.changes;
  }

  /** The token's cached authentication, with the account's status as of now; null when not cached. */
  get(token: string): Authentication | null {
    if (this.entries.size === 0) return null;
    if (!this.store.available) {
      this.clear();
      return null;
    }
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (entry.until <= Date.now()) {
      this.entries.delete(token);
      return null;
    }
    const { actor } = entry.auth;
    return { ...entry.auth, actor: { ...actor, status: effectiveStatus(actor) } };
  }

  /** Keeps a verified authentication unless something changed since `stamp` was taken. */
  remember(token: string, auth: Authentication, stamp: number): void {
    if (stamp !== this.changes || !this.store.available) return;
    const until = Math.min(auth.expiresAt, Date.now() + AUTHENTICATION_CACHE_SECONDS * 1000);
    if (until <= Date.now()) return;
    if (this.entries.size >= MAX_ENTRIES) this.evict();
    this.entries.set(token, { auth, until });
  }

  /** Retires the cached authentications a change touches, here and on every other instance. */
  async announce(change: AuthenticationChange): Promise<void> {
    this.drop(change);
    await this.store.publish(AUTHENTICATION_CHANGES_CHANNEL, JSON.stringify(change)).catch(() => undefined);
  }

  @OnEvent(SESSION_REVOKED_EVENT)
  async sessionRevoked(event: SessionRevokedEvent): Promise<void> {
    await this.announce({ sid: event.sid });
  }

  @OnEvent(SESSIONS_REVOKED_EVENT)
  @OnEvent(ACCOUNT_STATUS_CHANGED_EVENT)
  @OnEvent(ACCOUNT_ROLE_CHANGED_EVENT)
  @OnEvent(ACCOUNT_DELETED_EVENT)
  async accountChanged(
    event: SessionsRevokedEvent | AccountStatusChangedEvent | AccountRoleChangedEvent | AccountDeletedEvent,
  ): Promise<void> {
    await this.announce({ userId: event.userId });
  }

  private drop(change: AuthenticationChange): void {
    this.changes++;
    for (const [token, entry] of this.entries) {
      const hit = 'sid' in change ? entry.auth.sid === change.sid : entry.auth.actor.id === change.userId;
      if (hit) this.entries.delete(token);
    }
  }

  private clear(): void {
    this.changes++;
    this.entries.clear();
  }

  /** Makes room: expired entries first, then the oldest tenth. */
  private evict(): void {
    const now = Date.now();
    for (const [token, entry] of this.entries) if (entry.until <= now) this.entries.delete(token);
    let excess = this.entries.size - Math.floor(MAX_ENTRIES * 0.9);
    for (const token of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(token);
    }
  }
}
