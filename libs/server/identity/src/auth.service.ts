import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, QueryFailedError, type EntityManager } from 'typeorm';
import { AccountStatus, Role } from '@haven/shared/contracts';
import {
  AccessTokenService,
  AppConfig,
  ConflictError,
  ForbiddenError,
  RateLimiter,
  UnauthenticatedError,
} from '@haven/server/core';
import type { ClientContext } from './client-context';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { toViewerObject } from './dto/viewer.object';
import { PasswordService } from './password.service';
import { RefreshTokenService, type IssuedRefreshToken } from './refresh-token.service';
import { UserEntity } from './user.entity';

const LOGIN_FAILED = 'The e-mail or password is not right.';

/** Registration, sign-in, session refresh and sign-out. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly accessTokens: AccessTokenService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  /** Creates an account; a taken e-mail or handle is a CONFLICT (also when two requests race). */
  async createAccount(
    input: { email: string; handle: string; password: string; role: Role; emailVerifiedAt?: Date },
    manager: EntityManager = this.users.manager,
  ): Promise<UserEntity> {
    const users = manager.getRepository(UserEntity);
    const handleKey = input.handle.toLowerCase();
    const taken = await users.findOne({ where: [{ email: input.email }, { handleKey }] });
    if (taken) throw this.conflictFor(taken.email === input.email ? 'email' : 'handle');
    try {
      return await users.save(
        users.create({
          email: input.email,
          handle: input.handle,
          handleKey,
          passwordHash: await this.passwords.hash(input.password),
          role: input.role,
          emailVerifiedAt: input.emailVerifiedAt ?? null,
        }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && /duplicate key/.test(error.message)) {
        throw this.conflictFor(/handle/.test(error.message) ? 'handle' : 'email');
      }
      throw error;
    }
  }

  private conflictFor(field: 'email' | 'handle') {
    return field === 'email'
      ? new ConflictError('An account with that e-mail already exists. Try signing in.', { field })
      : new ConflictError('That handle is taken. Please choose another one.', { field });
  }

  async login(input: { email: string; password: string }, client: ClientContext) {
    const ip = client.ip;
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 254) : '';
    await this.limiter.consume('login-ip', ip, this.config.rateLimits.login);
    await this.limiter.consume('login-email', email, this.config.rateLimits.login);
    const user = email ? await this.users.findOne({ where: { email } }) : null;
    const password = typeof input.password === 'string' ? input.password.slice(0, 256) : '';
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || user.deletedAt) throw new UnauthenticatedError(LOGIN_FAILED);
    if (user.status === AccountStatus.BANNED) throw new ForbiddenError('This account has been banned.');
    return this.startSession(user, client.userAgent);
  }

  async refresh(refreshToken: string) {
    const next = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findOne({ where: { id: next.userId } });
    if (!user || user.deletedAt || user.status === AccountStatus.BANNED) {
      await this.refreshTokens.revokeFamily(next.familyId);
      throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    }
    return this.payload(user, next);
  }

  async logout(refreshToken: string): Promise<boolean> {
    await this.refreshTokens.revokeByToken(refreshToken);
    return true;
  }

  /** A new session (refresh-token family) for this device. */
  async startSession(user: UserEntity, userAgent: string | null): Promise<AuthPayloadObject> {
    return this.payload(user, await this.refreshTokens.issue(user.id, undefined, userAgent));
  }

  private payload(user: UserEntity, refresh: IssuedRefreshToken): AuthPayloadObject {
    return {
      accessToken: this.accessTokens.sign({ sub: user.id, role: user.role, sid: refresh.familyId }),
      refreshToken: refresh.token,
      viewer: toViewerObject(user),
    };
  }
}
