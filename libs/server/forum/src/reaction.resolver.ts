import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import { CurrentActor, type Actor } from '@haven/server/core';
import { ReactionCountObject } from './dto/reaction-count.object';
import { ReactionsService } from './reactions.service';

@Resolver()
export class ReactionResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Mutation(() => [ReactionCountObject], {
    description: 'Adds the reaction, or removes it when the viewer already gave it. Returns the new counts.',
  })
  toggleReaction(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => ReactableKind }) kind: ReactableKind,
    @Args('id', { type: () => ID }) id: string,
    @Args('reaction', { type: () => ReactionKind }) reaction: ReactionKind,
  ): Promise<ReactionCountObject[]> {
    return this.reactions.toggle(actor, kind, id, reaction);
  }
}
