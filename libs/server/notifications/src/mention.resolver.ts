import { Args, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@haven/shared/contracts';
import { AppConfig, BadInputError, CurrentActor, RateLimiter, type Actor } from '@haven/server/core';
import { UserObject, UsersService } from '@haven/server/identity';

/** Handle autocompletion for `@` in the composers: members only, rate-limited, short prefixes. */
@Resolver()
export class MentionResolver {
  constructor(
    private readonly users: UsersService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  @Query(() => [UserObject], { description: 'Members whose handle starts with the prefix, for @mentions.' })
  async handleSuggestions(
    @CurrentActor() actor: Actor,
    @Args('prefix') prefix: string,
  ): Promise<UserObject[]> {
    const { prefixMin, prefixMax, suggestionsMax } = LIMITS.mention;
    const cleaned = prefix.trim().replace(/^@/, '');
    if (cleaned.length < prefixMin || cleaned.length > prefixMax || !LIMITS.handle.pattern.test(cleaned)) {
      throw new BadInputError(`A handle prefix is ${prefixMin} to ${prefixMax} letters, digits, - or _.`, {
        argument: 'prefix',
      });
    }
    await this.limiter.consume('mention-lookup', actor.id, this.config.rateLimits.lookup);
    return this.users.suggestHandles(cleaned, suggestionsMax);
  }
}
