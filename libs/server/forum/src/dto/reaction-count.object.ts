import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReactionKind } from '@haven/shared/contracts';

@ObjectType('ReactionCount')
export class ReactionCountObject {
  @Field(() => ReactionKind)
  kind: ReactionKind;

  @Field(() => Int)
  count: number;
}

/** Every reaction kind, in the contract's order, with zero for those nobody gave. */
export function toReactionCounts(
  counts: ReadonlyMap<ReactionKind, number> | undefined,
): ReactionCountObject[] {
  return Object.values(ReactionKind).map((kind) => ({ kind, count: counts?.get(kind) ?? 0 }));
}
