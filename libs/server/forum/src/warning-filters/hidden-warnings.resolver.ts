import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ContentWarning } from '@haven/shared/contracts';
import { AllowRestricted, CurrentActor, type Actor } from '@haven/server/core';
import { HiddenWarningsService } from './hidden-warnings.service';

/**
 * The signed-in member's content-warning filter. Like other settings that protect the member, a
 * suspended member may still change it.
 */
@Resolver()
export class HiddenWarningsResolver {
  constructor(private readonly filters: HiddenWarningsService) {}

  @Query(() => [ContentWarning], {
    description: 'The content warnings whose posts are left out of your feeds, search and counts.',
  })
  hiddenContentWarnings(@CurrentActor() actor: Actor): Promise<ContentWarning[]> {
    return this.filters.get(actor.id);
  }

  @AllowRestricted()
  @Mutation(() => [ContentWarning], {
    description:
      "Posts carrying any of these warnings are left out of the viewer's feeds and search. Replaces the whole list; duplicates fold; answers the list as stored, in the contract's order.",
  })
  setHiddenContentWarnings(
    @CurrentActor() actor: Actor,
    @Args('warnings', { type: () => [ContentWarning] }) warnings: ContentWarning[],
  ): Promise<ContentWarning[]> {
    return this.filters.set(actor, warnings);
  }
}
