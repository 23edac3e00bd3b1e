import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRestricted, CurrentActor, CurrentSessionId, type Actor } from '@haven/server/core';
import { SessionObject } from './dto/session.object';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionObject)
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Query(() => [SessionObject], { description: "The viewer's signed-in devices, most recently seen first." })
  mySessions(
    @CurrentActor() actor: Actor,
    @CurrentSessionId() sessionId: string | null,
  ): Promise<SessionObject[]> {
    return this.sessions.list(actor.id, sessionId);
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
  revokeOtherSessions(
    @CurrentActor() actor: Actor,
    @CurrentSessionId() sessionId: string | null,
  ): Promise<number> {
    return this.sessions.revokeOthers(actor.id, sessionId);
  }
}
