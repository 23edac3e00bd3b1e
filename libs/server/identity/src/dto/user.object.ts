import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AccountStatus, JourneyStage, Role } from '@haven/shared/contracts';
import { PageInfoObject } from '@haven/server/core';
import type { UserEntity } from '../user.entity';

@ObjectType('User', {
  description: 'A member as everyone sees them. Never exposes e-mail or other private data.',
})
export class UserObject {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => JourneyStage, { nullable: true })
  journeyStage: JourneyStage | null;

  @Field(() => Role)
  role: Role;

  @Field()
  createdAt: Date;

  @Field({ description: 'True once the member has deleted their account; their content stays.' })
  deleted: boolean;

  /** Read by the `status` field, which shows it to moderators and administrators only. */
  accountStatus: AccountStatus;
  suspendedUntil: Date | null;
}

@ObjectType('UserConnection')
export class UserConnectionObject {
  @Field(() => [UserObject])
  nodes: UserObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}

/** The public face of an account: only the fields everyone may see. */
export function toUserObject(user: UserEntity): UserObject {
  return {
    id: user.id,
    handle: user.handle,
    bio: user.bio,
    journeyStage: user.journeyStage,
    role: user.role,
    createdAt: user.createdAt,
    deleted: user.deletedAt !== null,
    accountStatus: user.status,
    suspendedUntil: user.suspendedUntil,
  };
}
