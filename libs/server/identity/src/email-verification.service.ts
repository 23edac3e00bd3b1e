import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  AppConfig,
  Clock,
  ConflictError,
  ForbiddenError,
  MailService,
  RateLimiter,
} from '@haven/server/core';
import { accountMail } from './account-mail';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokensService, linkError } from './account-tokens.service';
import { UserEntity } from './user.entity';

/**
 * Proving an address: the link sent at sign-up (and on request), and the link that confirms a new
 * address after an e-mail change. Unverified members may read, post and chat; they get no e-mail
 * notifications and cannot be given a role until verified.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Issues a verification link for the account's address and queues its e-mail, in `manager`'s transaction. */
  async sendLink(manager: EntityManager, user: UserEntity): Promise<void> {
    if (!user.email) return;
    const token = await this.tokens.issue(manager, {
      userId: user.id,
      purpose: AccountTokenPurpose.VERIFY_EMAIL,
      email: user.email,
    });
    await this.mail.send(accountMail.verifyEmail(user, user.email, this.link(token)), manager);
  }

  /** Sends a new link (rate-limited per member); nothing to do once verified. */
  async request(userId: string): Promise<boolean> {
    await this.limiter.consume('verify-mail', userId, this.config.rateLimits.accountMail);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOne({ where: { id: userId } });
      if (!user || user.deletedAt || user.emailVerifiedAt) return;
      await this.sendLink(manager, user);
    });
    return true;
  }

  /**
   * Uses a verification or e-mail-change link. A visitor may use it (the link is the proof); a member
   * signed in to another account may not.
   */
  async verify(token: unknown, actorId: string | null, ip: string): Promise<UserEntity> {
    await this.limiter.consume('verify-link', ip, this.config.rateLimits.account);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await this.tokens.check(manager, token, [
          AccountTokenPurpose.VERIFY_EMAIL,
          AccountTokenPurpose.CHANGE_EMAIL,
        ]);
        if (actorId && actorId !== row.userId) {
          throw new ForbiddenError('This link belongs to another account. Sign out and open it again.');
        }
        const users = manager.getRepository(UserEntity);
        const user = await users.findOne({ where: { id: row.userId }, lock: { mode: 'pessimistic_write' } });
        if (!user || user.deletedAt) throw linkError('INVALID');
        if (row.purpose === AccountTokenPurpose.VERIFY_EMAIL && row.email !== user.email) {
          throw linkError('INVALID'); // The address changed since the link was sent.
        }
        if (row.purpose === AccountTokenPurpose.CHANGE_EMAIL) {
          const taken = await users.findOne({ where: { email: row.email } });
          if (taken && taken.id !== user.id) {
            throw new ConflictError('Another account uses that address now.', { field: 'email' });
          }
          user.email = row.email;
        }
        await this.tokens.consume(manager, row);
        user.emailVerifiedAt = this.clock.now();
        return users.save(user);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && /duplicate key/.test(error.message)) {
        throw new ConflictError('Another account uses that address now.', { field: 'email' });
      }
      throw error;
    }
  }

  link(token: string): string {
    return `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
  }
}
