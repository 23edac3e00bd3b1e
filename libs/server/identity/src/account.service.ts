import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import {
  ACCOUNT_DELETED_EVENT,
  ACCOUNT_EXPORT_EVENT,
  BadInputError,
  ForbiddenError,
  SESSIONS_REVOKED_EVENT,
  type AccountDeletedEvent,
  type SessionsRevokedEvent,
  type AccountExportRequest,
  type AccountExportSection,
} from '@haven/server/core';
import { AccountContentChoice } from './dto/account-content-choice.enum';
import { PasswordService } from './password.service';
import { RefreshTokenService } from './refresh-token.service';
import { UsersService } from './users.service';
import { UserEntity } from './user.entity';

/** A member's own data: export everything, or erase the account. */
@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly usersService: UsersService,
    private readonly passwords: PasswordService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly events: EventEmitter2,
  ) {}

  /** The profile plus every section other domains contribute (posts, comments, testimonials, …). */
  async exportData(userId: string): Promise<string> {
    const user = await this.usersService.requireEntity(userId);
    const request: AccountExportRequest = { userId };
    const sections = (await this.events.emitAsync(ACCOUNT_EXPORT_EVENT, request)) as (
      AccountExportSection | AccountExportSection[] | undefined
    )[];
    const document: Record<string, unknown> = {
      exportedAt: new Date().toISOString(),
      profile: {
        id: user.id,
        email: user.email,
        handle: user.handle,
        bio: user.bio,
        journeyStage: user.journeyStage,
        role: user.role,
        status: user.status,
        suspendedUntil: user.suspendedUntil,
        revealContentWarnings: user.revealContentWarnings,
        createdAt: user.createdAt,
      },
    };
    for (const section of sections.flat()) {
      if (section) document[section.section] = section.data;
    }
    return JSON.stringify(document, null, 2);
  }

  /**
   * Erases personal data (e-mail, password, bio, journey stage), frees the handle and signs the
   * account out everywhere. Public content is either kept, each post and comment under its own
   * pseudonym (so none links to another or to the account), or erased, as the member chooses.
   */
  async deleteAccount(
    userId: string,
    password: string,
    content: AccountContentChoice = AccountContentChoice.KEEP_UNLINKED,
  ): Promise<boolean> {
    if (!Object.values(AccountContentChoice).includes(content)) {
      throw new BadInputError('Choose whether to keep your posts unlinked or erase them.', {
        argument: 'content',
      });
    }
    const user = await this.usersService.requireEntity(userId);
    if (!(await this.passwords.verify(user.passwordHash, typeof password === 'string' ? password : ''))) {
      throw new ForbiddenError('That password is not right.');
    }
    const tombstone = `deleted-${randomBytes(6).toString('hex')}`;
    await this.users.update(user.id, {
      email: null,
      passwordHash: null,
      bio: null,
      journeyStage: null,
      handle: tombstone,
      handleKey: tombstone,
      revealContentWarnings: false,
      deletedAt: new Date(),
    });
    await this.refreshTokens.revokeAllForUser(user.id);
    const revoked: SessionsRevokedEvent = { userId: user.id, sessionIds: 'all', revokedAt: new Date() };
    this.events.emit(SESSIONS_REVOKED_EVENT, revoked);
    const event: AccountDeletedEvent = {
      userId: user.id,
      content,
      pseudonyms: (count) => this.formerMembers(count),
    };
    await this.events.emitAsync(ACCOUNT_DELETED_EVENT, event);
    return true;
  }

  /** `count` former-member accounts, each with its own pseudonym, no personal data, deleted. */
  private async formerMembers(count: number): Promise<string[]> {
    if (count <= 0) return [];
    const deletedAt = new Date();
    const rows = Array.from({ length: count }, () => {
      const handle = `former-${randomBytes(6).toString('hex')}`;
      return { handle, handleKey: handle, email: null, passwordHash: null, deletedAt };
    });
    const result = await this.users.insert(rows);
    return result.identifiers.map((identifier) => String(identifier.id));
  }
}
