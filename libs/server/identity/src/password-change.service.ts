import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig, BadInputError, RateLimiter } from '@haven/server/core';
import { AuthService } from './auth.service';
import type { ClientContext } from './client-context';
import type { AuthPayloadObject } from './dto/auth-payload.object';
import { PasswordStrengthService } from './password-strength.service';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

/** Changing the password: needs the current one; every session ends and this device gets a fresh one. */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly strength: PasswordStrengthService,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async change(
    userId: string,
    currentPassword: unknown,
    newPassword: unknown,
    client: ClientContext,
  ): Promise<AuthPayloadObject> {
    await this.limiter.consume('password-change', userId, this.config.rateLimits.account);
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOne({ where: { id: userId } });
    if (!user || user.deletedAt) throw new BadInputError('This account cannot change its password.');
    const current = typeof currentPassword === 'string' ? currentPassword.slice(0, 256) : '';
    if (!(await this.passwords.verify(user.passwordHash, current))) {
      throw new BadInputError('That is not your current password.', { field: 'currentPassword' });
    }
    if (newPassword === current) {
      throw new BadInputError('Choose a password different from the current one.', { field: 'newPassword' });
    }
    const hash = await this.strength.hashNew(newPassword, user, 'newPassword');
    const revoked = await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(user.id, { passwordHash: hash });
      return this.sessions.revokeAll(manager, user.id);
    });
    this.sessions.announce(user.id, revoked);
    return this.auth.startSession(user, client.userAgent);
  }
}
