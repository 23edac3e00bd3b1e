import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorLookup } from '@haven/server/core';
import { AccountLifecycleResolver } from './account-lifecycle.resolver';
import { AccountTokenEntity } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { AccountService } from './account.service';
import { EmailChangeService } from './email-change.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordChangeService } from './password-change.service';
import { PasswordResetCompletion, PasswordResetService } from './password-reset.service';
import { PasswordEstimator } from './password-estimator';
import { PasswordStrengthService } from './password-strength.service';
import { RegistrationService } from './registration.service';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthResolver } from './auth.resolver';
import { BlockedAuthorLoader } from './blocks/blocked-author.loader';
import { BlocksExportListener } from './blocks/blocks-export.listener';
import { BlocksResolver } from './blocks/blocks.resolver';
import { BlocksService } from './blocks/blocks.service';
import { MemberBlockEntity } from './blocks/member-block.entity';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RefreshTokenService } from './refresh-token.service';
import { MemberAdminResolver } from './member-admin/member-admin.resolver';
import { MemberAdminService } from './member-admin/member-admin.service';
import { UserEntity } from './user.entity';
import { UserLoader } from './user.loader';
import { UserResolver } from './user.resolver';
import { UsersService } from './users.service';
import { ViewerResolver } from './viewer.resolver';

/** Accounts, sessions, profiles, roles, member status and blocks between members. Global: every domain resolves authors through UsersService. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity, AccountTokenEntity, MemberBlockEntity]),
  ],
  providers: [
    UsersService,
    { provide: ActorLookup, useExisting: UsersService },
    PasswordService,
    RefreshTokenService,
    AuthService,
    RegistrationService,
    AccountService,
    PasswordEstimator,
    PasswordStrengthService,
    AccountTokensService,
    EmailVerificationService,
    EmailChangeService,
    PasswordResetService,
    PasswordResetCompletion,
    PasswordChangeService,
    SessionsService,
    AccountLifecycleResolver,
    SessionsResolver,
    AdminBootstrapService,
    UserLoader,
    AuthResolver,
    ViewerResolver,
    UserResolver,
    BlocksService,
    BlockedAuthorLoader,
    BlocksResolver,
    BlocksExportListener,
    MemberAdminService,
    MemberAdminResolver,
  ],
  exports: [UsersService, ActorLookup, UserLoader, BlocksService, BlockedAuthorLoader],
})
export class IdentityModule {}
