import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@haven/shared/contracts';
import { AppConfig, RateLimiter } from '@haven/server/core';
import { AuthService } from './auth.service';
import type { ClientContext } from './client-context';
import { EmailVerificationService } from './email-verification.service';
import { normalizeEmail, validateHandle } from './identity.rules';
import { PasswordStrengthService } from './password-strength.service';

/** Sign-up: the account and its verification link are one transaction; then the member is signed in. */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly strength: PasswordStrengthService,
    private readonly verification: EmailVerificationService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async register(input: { email: string; handle: string; password: string }, client: ClientContext) {
    const email = normalizeEmail(input.email);
    const handle = validateHandle(input.handle);
    await this.strength.assertStrong(input.password, { email, handle });
    await this.limiter.consume('register', client.ip, this.config.rateLimits.register);
    const user = await this.dataSource.transaction(async (manager) => {
      const created = await this.auth.createAccount(
        { email, handle, password: input.password, role: Role.MEMBER },
        manager,
      );
      await this.verification.sendLink(manager, created);
      return created;
    });
    return this.auth.startSession(user, client.userAgent);
  }
}
