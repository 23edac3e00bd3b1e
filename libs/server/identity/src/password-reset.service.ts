import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { AccountStatus } from '@haven/shared/contracts';
import { AppConfig, BadInputError, JobsService, MailService, RateLimiter } from '@haven/server/core';
import { accountMail } from './account-mail';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokensService, linkError } from './account-tokens.service';
import { normalizeEmail } from './identity.rules';
import { PasswordStrengthService } from './password-strength.service';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

export const PASSWORD_RESET_JOB = 'identity.password-reset';

interface PasswordResetJob {
  email: string;
}

/**
 * Forgotten passwords. Asking for a reset does the same work whatever the address (two limit counts
 * and one job), so the answer and its timing say nothing about who has an account; the job looks the
 * address up and mails a link that works once, for 30 minutes. Using it revokes every session.
 */
@Injectable()
export class PasswordResetService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<PasswordResetJob>(PASSWORD_RESET_JOB, (job) => this.sendLink(job.data.email));
  }

  async request(rawEmail: unknown, ip: string): Promise<boolean> {
    if (typeof rawEmail !== 'string')
      throw new BadInputError('Please enter your e-mail address.', { field: 'email' });
    const email = normalizeEmail(rawEmail);
    await this.limiter.consume('reset-ip', ip, this.config.rateLimits.account);
    await this.limiter.consume('reset-email', email, this.config.rateLimits.accountMail);
    const job: PasswordResetJob = { email };
    await this.jobs.send(PASSWORD_RESET_JOB, job, { retryLimit: 3, retryDelay: 5, retryBackoff: true });
    return true;
  }

  /** The job: a link for the account with that address, if there is one that may sign in. */
  async sendLink(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOne({ where: { email, deletedAt: IsNull() } });
      if (!user || user.status === AccountStatus.BANNED) return;
      const token = await this.tokens.issue(manager, {
        userId: user.id,
        purpose: AccountTokenPurpose.RESET_PASSWORD,
        email,
      });
      const url = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await this.mail.send(accountMail.resetPassword(user, email, url), manager);
    });
  }
}

/** Completing a reset: the new password, the link used up and every session revoked, in one transaction. */
@Injectable()
export class PasswordResetCompletion {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly strength: PasswordStrengthService,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async reset(token: unknown, newPassword: unknown, ip: string): Promise<boolean> {
    await this.limiter.consume('reset-link', ip, this.config.rateLimits.account);
    const { userId, revoked } = await this.dataSource.transaction(async (manager) => {
      const row = await this.tokens.check(manager, token, [AccountTokenPurpose.RESET_PASSWORD]);
      const users = manager.getRepository(UserEntity);
      const user = await users.findOne({ where: { id: row.userId } });
      if (!user || user.deletedAt) throw linkError('INVALID');
      const hash = await this.strength.hashNew(newPassword, user, 'newPassword');
      const usedAt = await this.tokens.consume(manager, row);
      user.passwordHash = hash;
      // Following the link proved the mailbox is theirs.
      if (!user.emailVerifiedAt && row.email === user.email) user.emailVerifiedAt = usedAt;
      await users.save(user);
      const revoked = await this.sessions.revokeAll(manager, user.id);
      return { userId: user.id, revoked };
    });
    this.sessions.announce(userId, revoked);
    return true;
  }
}
