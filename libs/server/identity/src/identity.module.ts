import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorLookup } from '@haven/server/core';
import { AccountService } from './account.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RefreshTokenService } from './refresh-token.service';
import { UserEntity } from './user.entity';
import { UserLoader } from './user.loader';
import { UserResolver } from './user.resolver';
import { UsersService } from './users.service';
import { ViewerResolver } from './viewer.resolver';

/** Accounts, sessions, profiles and roles. Global: every domain resolves authors through UsersService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity])],
  providers: [
    UsersService,
    { provide: ActorLookup, useExisting: UsersService },
    PasswordService,
    RefreshTokenService,
    AuthService,
    AccountService,
    AdminBootstrapService,
    UserLoader,
    AuthResolver,
    ViewerResolver,
    UserResolver,
  ],
  exports: [UsersService, ActorLookup, UserLoader],
})
export class IdentityModule {}
