import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Not, Repository, type EntityManager } from 'typeorm';
import { UnauthenticatedError } from '@haven/server/core';
import { RefreshTokenEntity } from './refresh-token.entity';

export const REFRESH_TOKEN_TTL_DAYS = 30;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** One signed-in device: a refresh-token family. */
export interface SessionRow {
  id: string;
  userAgent: string | null;
  lastSeenAt: Date;
}

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
  userId: string;
}

/** Opaque refresh tokens, stored hashed, rotated on every use, with reuse detection per family. */
@Injectable()
export class RefreshTokenService {
  constructor(
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
  ) {}

  async issue(
    userId: string,
    familyId: string = randomUUID(),
    userAgent: string | null = null,
  ): Promise<IssuedRefreshToken> {
    const token = randomBytes(48).toString('base64url');
    await this.tokens.insert({
      userId,
      familyId,
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000),
    });
    return { token, familyId, userId };
  }

  /**
   * Uses a refresh token once and issues its successor. A token used before (a stolen copy or a replay)
   * revokes its whole family, so both the thief and the owner must sign in again.
   */
  async rotate(token: string): Promise<IssuedRefreshToken> {
    const refused = new UnauthenticatedError('Your session has ended. Please sign in again.');
    if (typeof token !== 'string' || token.length === 0 || token.length > 256) throw refused;
    const row = await this.tokens.findOne({ where: { tokenHash: hashToken(token) } });
    if (!row || row.revokedAt) throw refused;
    if (row.usedAt) {
      await this.revokeFamily(row.familyId);
      throw refused;
    }
    if (row.expiresAt <= new Date()) throw refused;
    const claimed = await this.tokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: row.id })
      .execute();
    if (claimed.affected !== 1) {
      await this.revokeFamily(row.familyId);
      throw refused;
    }
    return this.issue(row.userId, row.familyId, row.userAgent);
  }

  /** Revokes the family a token belongs to (signing out); unknown tokens are ignored. */
  async revokeByToken(token: string): Promise<boolean> {
    if (typeof token !== 'string' || token.length > 256) return false;
    const row = await this.tokens.findOne({ where: { tokenHash: hashToken(token) } });
    if (!row) return false;
    await this.revokeFamily(row.familyId);
    return true;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Revokes every session of the account (but `except`), in the caller's transaction when given.
   * Returns the ids of the sessions that were still live.
   */
  async revokeAllForUser(
    userId: string,
    options: { manager?: EntityManager; except?: string } = {},
  ): Promise<string[]> {
    const repo = options.manager?.getRepository(RefreshTokenEntity) ?? this.tokens;
    const rows = (await repo
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where({ userId, revokedAt: IsNull(), ...(options.except ? { familyId: Not(options.except) } : {}) })
      .returning(['familyId'])
      .execute()) as { raw: { family_id: string }[] };
    return [...new Set(rows.raw.map((r) => r.family_id))];
  }

  /** The account's live sessions, most recently seen first (a session is seen at each refresh). */
  async listSessions(userId: string, now: Date): Promise<SessionRow[]> {
    const rows = (await this.tokens.query(
      `SELECT family_id AS id,
              (array_agg(user_agent ORDER BY created_at DESC))[1] AS user_agent,
              max(created_at) AS last_seen_at
         FROM refresh_tokens
        WHERE user_id = $1
        GROUP BY family_id
       HAVING bool_or(revoked_at IS NULL AND used_at IS NULL AND expires_at > $2)
        ORDER BY last_seen_at DESC
        LIMIT 100`,
      [userId, now],
    )) as { id: string; user_agent: string | null; last_seen_at: Date }[];
    return rows.map((r) => ({ id: r.id, userAgent: r.user_agent, lastSeenAt: r.last_seen_at }));
  }

  /** Revokes one of the account's live sessions; false when it has none by that id. */
  async revokeSession(userId: string, familyId: string): Promise<boolean> {
    const result = await this.tokens.update(
      { userId, familyId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }
}
