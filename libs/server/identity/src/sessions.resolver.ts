import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AccessTokenService, AllowRestricted, CurrentActor, type Actor } from '@haven/server/core';
import { currentSessionId } from './client-context';
import { SessionObject } from './dto/session.object';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionObject)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokenService,
  ) {}

  @Query(() => [SessionObject], { description: "The viewer's signed-in devices, most recently seen first." })
  mySessions(@CurrentActor() actor: Actor, @Context('req') req: Request): Promise<SessionObject[]> {
    return this.sessions.list(actor.id, currentSessionId(req, this.accessTokens));
  }

  @AllowRestricted()
  @Mutation(() => Boolean, { description: "Signs one of the viewer's sessions out." })
  revokeSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.sessions.revoke(actor.id, id);
  }

  @AllowRestricted()
  @Mutation(() => Int, {
    description: 'Signs out every session but this one; returns how many were signed out.',
  })
  revokeOtherSessions(@CurrentActor() actor: Actor, @Context('req') req: Request): Promise<number> {
    return this.sessions.revokeOthers(actor.id, currentSessionId(req, this.accessTokens));
  }
}
