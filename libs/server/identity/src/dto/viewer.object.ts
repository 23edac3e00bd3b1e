import { Field, ObjectType } from '@nestjs/graphql';
import { AccountStatus } from '@haven/shared/contracts';
import { effectiveStatus } from '@haven/server/core';
import type { UserEntity } from '../user.entity';
import { UserObject, toUserObject } from './user.object';

@ObjectType('Viewer', { description: "The signed-in member's own account." })
export class ViewerObject {
  @Field(() => UserObject)
  user: UserObject;

  @Field()
  email: string;

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null;

  @Field({ description: 'Show content behind content warnings without asking first.' })
  revealContentWarnings: boolean;

  @Field({ description: 'True once the member confirmed their address; until then no e-mail notifications.' })
  emailVerified: boolean;
}

export function toViewerObject(user: UserEntity): ViewerObject {
  const status = effectiveStatus(user);
  return {
    user: toUserObject(user),
    email: user.email ?? '',
    status,
    suspendedUntil: status === AccountStatus.SUSPENDED ? user.suspendedUntil : null,
    revealContentWarnings: user.revealContentWarnings,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
