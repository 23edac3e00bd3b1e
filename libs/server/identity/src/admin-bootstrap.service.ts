import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { Role } from '@haven/shared/contracts';
import { AppConfig, ConflictError } from '@haven/server/core';
import { AuthService } from './auth.service';
import { UserEntity } from './user.entity';

/**
 * Makes sure an ADMIN account with handle `admin` exists: from ADMIN_EMAIL / ADMIN_PASSWORD, or, when
 * they are not set and no administrator exists yet, with a generated password printed once.
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Admin');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    const email = this.config.ADMIN_EMAIL?.toLowerCase();
    const existing = await this.users.findOne({
      where: email ? [{ handleKey: 'admin' }, { email }] : { handleKey: 'admin' },
    });
    if (existing) {
      if (existing.role !== Role.ADMIN && existing.handleKey === 'admin') {
        await this.users.update(existing.id, { role: Role.ADMIN });
      }
      // The operator chose this address; it needs no link to prove it.
      if (email && existing.email === email && !existing.emailVerifiedAt) {
        await this.users.update(existing.id, { emailVerifiedAt: new Date() });
      }
      return;
    }
    if (!email && (await this.users.count({ where: { role: Role.ADMIN } })) > 0) return;
    const password = this.config.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    try {
      await this.auth.createAccount({
        email: email ?? 'admin@haven.local',
        handle: 'admin',
        password,
        role: Role.ADMIN,
        emailVerifiedAt: new Date(),
      });
    } catch (error) {
      if (error instanceof ConflictError) return; // Another instance created it at the same moment.
      throw error;
    }
    if (!this.config.ADMIN_PASSWORD) {
      // Printed once, on the start that creates the account; it is never stored in clear.
      process.stdout.write(
        `\n  Haven administrator created: e-mail admin@haven.local, password ${password}\n  Sign in and keep it safe; it will not be shown again.\n\n`,
      );
    } else {
      this.logger.log('Administrator account created from ADMIN_EMAIL');
    }
  }
}
