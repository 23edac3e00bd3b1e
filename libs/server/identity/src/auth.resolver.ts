import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AllowRestricted, Public } from '@haven/server/core';
import { AuthService } from './auth.service';
import { clientOf } from './client-context';
import { RegistrationService } from './registration.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LoginInput, RegisterInput } from './dto/auth.inputs';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadObject)
  register(@Args('input') input: RegisterInput, @Context('req') req: Request) {
    return this.registration.register(input, clientOf(req));
  }

  @Public()
  @Mutation(() => AuthPayloadObject)
  login(@Args('input') input: LoginInput, @Context('req') req: Request) {
    return this.auth.login(input, clientOf(req));
  }

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description:
      'Rotates the refresh token: the old one stops working; reusing it revokes the whole session family.',
  })
  refreshSession(@Args('refreshToken') refreshToken: string) {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @AllowRestricted()
  @Mutation(() => Boolean)
  logout(@Args('refreshToken') refreshToken: string) {
    return this.auth.logout(refreshToken);
  }
}
