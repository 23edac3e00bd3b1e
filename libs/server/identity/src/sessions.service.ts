import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import {
  AppConfig,
  BadInputError,
  Clock,
  NotFoundError,
  RateLimiter,
  SESSIONS_REVOKED_EVENT,
  type SessionsRevokedEvent,
} from '@haven/server/core';
import { SessionObject } from './dto/session.object';
import { RefreshTokenService } from './refresh-token.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A member's signed-in devices: list them, sign one out, or all the others. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly refreshTokens: RefreshTokenService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, currentSid: string | null): Promise<SessionObject[]> {
    const rows = await this.refreshTokens.listSessions(userId, this.clock.now());
    return rows.map((row) => ({ ...row, current: row.id === currentSid }));
  }

  async revoke(userId: string, sessionId: string): Promise<boolean> {
    if (typeof sessionId !== 'string' || !UUID.test(sessionId)) {
      throw new BadInputError('That is not a session id.', { field: 'id' });
    }
    await this.limiter.consume('sessions', userId, this.config.rateLimits.account);
    if (!(await this.refreshTokens.revokeSession(userId, sessionId))) throw new NotFoundError('That session');
    this.announce(userId, [sessionId]);
    return true;
  }

  /** Signs out every session but the current one; returns how many were signed out. */
  async revokeOthers(userId: string, currentSid: string | null): Promise<number> {
    await this.limiter.consume('sessions', userId, this.config.rateLimits.account);
    const revoked = await this.refreshTokens.revokeAllForUser(userId, { except: currentSid ?? undefined });
    this.announce(userId, revoked);
    return revoked.length;
  }

  /** Revokes every session of the account but `except`, in the caller's transaction; returns their ids. */
  revokeAll(manager: EntityManager, userId: string, except?: string): Promise<string[]> {
    return this.refreshTokens.revokeAllForUser(userId, { manager, except });
  }

  /** Tells the rest of Haven (request checks, sockets) that these sessions are over. Call after commit. */
  announce(userId: string, sessionIds: string[] | 'all'): void {
    if (Array.isArray(sessionIds) && sessionIds.length === 0) return;
    const event: SessionsRevokedEvent = { userId, sessionIds, revokedAt: this.clock.now() };
    this.events.emit(SESSIONS_REVOKED_EVENT, event);
  }
}
