import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  AppConfig,
  BadInputError,
  ConflictError,
  MailService,
  maskAddress,
  RateLimiter,
} from '@haven/server/core';
import { accountMail } from './account-mail';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { EmailVerificationService } from './email-verification.service';
import { normalizeEmail } from './identity.rules';
import { PasswordService } from './password.service';
import { UserEntity } from './user.entity';

/** Changing the address: needs the password; the new one is confirmed by link; the old one is told. */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly verification: EmailVerificationService,
    private readonly mail: MailService,
    private readonly passwords: PasswordService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async request(userId: string, newEmail: unknown, password: unknown): Promise<boolean> {
    if (typeof newEmail !== 'string')
      throw new BadInputError('Please enter an e-mail address.', { field: 'newEmail' });
    let email: string;
    try {
      email = normalizeEmail(newEmail);
    } catch (error) {
      if (error instanceof BadInputError) throw new BadInputError(error.message, { field: 'newEmail' });
      throw error;
    }
    await this.limiter.consume('email-change', userId, this.config.rateLimits.accountMail);
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOne({ where: { id: userId } });
    if (!user || user.deletedAt || !user.email)
      throw new BadInputError('This account has no address to change.');
    const given = typeof password === 'string' ? password.slice(0, 256) : '';
    if (!(await this.passwords.verify(user.passwordHash, given))) {
      throw new BadInputError('That password is not right.', { field: 'password' });
    }
    if (email === user.email) {
      throw new BadInputError('That is already your address.', { field: 'newEmail' });
    }
    if (await users.exists({ where: { email } })) {
      throw new ConflictError('An account with that e-mail already exists.', { field: 'newEmail' });
    }
    const oldEmail = user.email;
    await this.dataSource.transaction(async (manager) => {
      const token = await this.tokens.issue(manager, {
        userId: user.id,
        purpose: AccountTokenPurpose.CHANGE_EMAIL,
        email,
      });
      await this.mail.send(accountMail.confirmNewEmail(user, email, this.verification.link(token)), manager);
      await this.mail.send(accountMail.emailChangeRequested(user, oldEmail, maskAddress(email)), manager);
    });
    return true;
  }
}
