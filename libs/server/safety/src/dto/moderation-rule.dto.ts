import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CasePriority, RuleAction } from '@haven/shared/contracts';

@ObjectType('ModerationRule', {
  description: 'An automatic moderation rule: a word, phrase or regular expression and what a match does.',
})
export class ModerationRuleObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  pattern: string;

  @Field()
  isRegex: boolean;

  @Field(() => RuleAction)
  action: RuleAction;

  @Field(() => CasePriority)
  priority: CasePriority;

  @Field()
  enabled: boolean;
}

@InputType('ModerationRuleInput')
export class ModerationRuleInput {
  @Field()
  name: string;

  @Field()
  pattern: string;

  @Field(() => Boolean, { nullable: true })
  isRegex?: boolean | null;

  @Field(() => RuleAction)
  action: RuleAction;

  @Field(() => CasePriority, { nullable: true })
  priority?: CasePriority | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}
