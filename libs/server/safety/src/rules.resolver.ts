import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import { Roles } from '@haven/server/core';
import { ModerationRuleInput, ModerationRuleObject } from './dto/moderation-rule.dto';
import { RulesService } from './rules.service';

/** Moderators read the rules; administrators change them. */
@Resolver(() => ModerationRuleObject)
export class RulesResolver {
  constructor(private readonly rules: RulesService) {}

  @Roles(Role.MODERATOR)
  @Query(() => [ModerationRuleObject])
  moderationRules(): Promise<ModerationRuleObject[]> {
    return this.rules.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModerationRuleObject)
  createModerationRule(@Args('input') input: ModerationRuleInput): Promise<ModerationRuleObject> {
    return this.rules.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModerationRuleObject)
  updateModerationRule(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ModerationRuleInput,
  ): Promise<ModerationRuleObject> {
    return this.rules.update(id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean)
  deleteModerationRule(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.rules.remove(id);
  }
}
