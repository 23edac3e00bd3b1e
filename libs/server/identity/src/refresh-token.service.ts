import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { SessionRevocation, UnauthenticatedError } from '@haven/server/core';
import { RefreshTokenEntity } from './refresh-token.entity';

export const REFRESH_TOKEN_TTL_DAYS = 30;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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
    private readonly revocation: SessionRevocation,
  ) {}

  async issue(userId: string, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    const token = randomBytes(48).toString('base64url');
    await this.tokens.insert({
      userId,
      familyId,
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
    return this.issue(row.userId, row.familyId);
  }

  /** Revokes the family a token belongs to (signing out); unknown tokens are ignored. */
  async revokeByToken(token: string): Promise<boolean> {
    if (typeof token !== 'string' || token.length > 256) return false;
    const row = await this.tokens.findOne({ where: { tokenHash: hashToken(token) } });
    if (!row) return false;
    await this.revokeFamily(row.familyId);
    return true;
  }

  /** Ends a session: its refresh tokens stop working, and so do its access tokens and sockets, at once. */
  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.revocation.revoke(familyId);
  }

  async revokeAllForUser(userId: string): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
