import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { BadInputError, Clock } from '@haven/server/core';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity';

export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.VERIFY_EMAIL]: 24 * 3600_000,
  [AccountTokenPurpose.CHANGE_EMAIL]: 24 * 3600_000,
  [AccountTokenPurpose.RESET_PASSWORD]: 30 * 60_000,
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type LinkProblem = 'INVALID' | 'USED' | 'EXPIRED';

const PROBLEM_MESSAGES: Record<LinkProblem, string> = {
  INVALID: 'This link is not valid. Ask for a new one.',
  USED: 'This link has already been used. Ask for a new one if you need it.',
  EXPIRED: 'This link has expired. Ask for a new one.',
};

export const linkError = (reason: LinkProblem) =>
  new BadInputError(PROBLEM_MESSAGES[reason], { field: 'token', reason });

/** One-time links: 32 random bytes, only their hash stored, used once before they expire. */
@Injectable()
export class AccountTokensService {
  constructor(private readonly clock: Clock) {}

  /** Issues a token (returned in clear, for the e-mail only) and retires the user's earlier ones of that purpose. */
  async issue(
    manager: EntityManager,
    input: { userId: string; purpose: AccountTokenPurpose; email: string },
  ): Promise<string> {
    const now = this.clock.now();
    const repo = manager.getRepository(AccountTokenEntity);
    await repo.update({ userId: input.userId, purpose: input.purpose, usedAt: IsNull() }, { usedAt: now });
    const token = randomBytes(32).toString('base64url');
    await repo.insert({
      ...input,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[input.purpose]),
    });
    return token;
  }

  /** The token's row, checked: it exists for one of `purposes`, is unused and has not expired. */
  async check(
    manager: EntityManager,
    token: unknown,
    purposes: AccountTokenPurpose[],
  ): Promise<AccountTokenEntity> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) throw linkError('INVALID');
    const row = await manager
      .getRepository(AccountTokenEntity)
      .findOne({ where: { tokenHash: hashToken(token), purpose: In(purposes) } });
    if (!row) throw linkError('INVALID');
    if (row.usedAt) throw linkError('USED');
    if (row.expiresAt <= this.clock.now()) throw linkError('EXPIRED');
    return row;
  }

  /** Marks the token used (returning when); only one of two racing uses succeeds. */
  async consume(manager: EntityManager, row: AccountTokenEntity): Promise<Date> {
    const usedAt = this.clock.now();
    const result = await manager
      .getRepository(AccountTokenEntity)
      .update({ id: row.id, usedAt: IsNull() }, { usedAt });
    if (result.affected !== 1) throw linkError('USED');
    return usedAt;
  }
}
