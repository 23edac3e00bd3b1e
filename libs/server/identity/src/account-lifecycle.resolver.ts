import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AllowRestricted, CurrentActor, Public, type Actor } from '@haven/server/core';
import { clientOf } from './client-context';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { ViewerObject, toViewerObject } from './dto/viewer.object';
import { EmailChangeService } from './email-change.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordChangeService } from './password-change.service';
import { PasswordResetCompletion, PasswordResetService } from './password-reset.service';

/** E-mail verification, password reset, password and e-mail changes. */
@Resolver()
export class AccountLifecycleResolver {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly emailChange: EmailChangeService,
    private readonly reset: PasswordResetService,
    private readonly resetCompletion: PasswordResetCompletion,
    private readonly passwordChange: PasswordChangeService,
  ) {}

  @AllowRestricted()
  @Mutation(() => Boolean, {
    description: "Sends a new verification link to the viewer's address (rate-limited).",
  })
  requestEmailVerification(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.verification.request(actor.id);
  }

  @Public()
  @AllowRestricted()
  @Mutation(() => ViewerObject, {
    description: 'Uses a link from a verification or e-mail-change message. Works signed out too.',
  })
  async verifyEmail(
    @Args('token') token: string,
    @CurrentActor() actor: Actor | null,
    @Context('req') req: Request,
  ): Promise<ViewerObject> {
    return toViewerObject(await this.verification.verify(token, actor?.id ?? null, clientOf(req).ip));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true, whether or not the address belongs to an account.' })
  requestPasswordReset(@Args('email') email: string, @Context('req') req: Request): Promise<boolean> {
    return this.reset.request(email, clientOf(req).ip);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets the new password and revokes every session of the account.' })
  resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @Context('req') req: Request,
  ): Promise<boolean> {
    return this.resetCompletion.reset(token, newPassword, clientOf(req).ip);
  }

  @AllowRestricted()
  @Mutation(() => AuthPayloadObject, {
    description: 'Revokes every other session; returns a fresh one for this device.',
  })
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context('req') req: Request,
  ): Promise<AuthPayloadObject> {
    return this.passwordChange.change(actor.id, currentPassword, newPassword, clientOf(req));
  }

  @Mutation(() => Boolean, {
    description: 'The new address takes effect once verified; the old one is told.',
  })
  requestEmailChange(
    @CurrentActor() actor: Actor,
    @Args('newEmail') newEmail: string,
    @Args('password') password: string,
  ): Promise<boolean> {
    return this.emailChange.request(actor.id, newEmail, password);
  }
}
