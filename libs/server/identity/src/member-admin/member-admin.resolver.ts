import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountStatus, Role } from '@haven/shared/contracts';
import { CurrentActor, Public, Roles, effectiveStatus, isModerator, type Actor } from '@haven/server/core';
import { UserConnectionObject, UserObject } from '../dto/user.object';
import { MemberAdminService } from './member-admin.service';

/** Whether the viewer may see members' account status: an active moderator or administrator. */
function seesStatus(viewer: Actor | null): boolean {
  return !!viewer && isModerator(viewer) && effectiveStatus(viewer) === AccountStatus.ACTIVE;
}

function statusOf(user: UserObject): AccountStatus {
  return effectiveStatus({ status: user.accountStatus, suspendedUntil: user.suspendedUntil });
}

@Resolver(() => UserObject)
export class MemberAdminResolver {
  constructor(private readonly members: MemberAdminService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject)
  setUserRole(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<UserObject> {
    return this.members.setRole(actor, userId, role);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => UserObject, {
    description:
      'Moderators (on members) and administrators (on anyone but themselves): suspend until `until`, ban or reactivate.',
  })
  setUserStatus(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('status', { type: () => AccountStatus }) status: AccountStatus,
    @Args('until', { type: () => Date, nullable: true }) until: Date | null,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<UserObject> {
    return this.members.setStatus(actor, userId, status, until, note);
  }

  @Roles(Role.MODERATOR)
  @Query(() => UserConnectionObject, {
    description: 'Admins: members by handle, or by e-mail for admins.',
  })
  async searchMembers(
    @CurrentActor() actor: Actor,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<UserConnectionObject> {
    return this.members.search(actor, query, first, after);
  }

  @Public()
  @ResolveField(() => AccountStatus, {
    nullable: true,
    description: 'Moderators and admins only; null for everyone else.',
  })
  status(@Parent() user: UserObject, @CurrentActor() viewer: Actor | null): AccountStatus | null {
    return seesStatus(viewer) ? statusOf(user) : null;
  }

  @Public()
  @ResolveField(() => Date, {
    nullable: true,
    description: 'Moderators and admins only: when a suspension ends; null otherwise.',
  })
  suspendedUntil(@Parent() user: UserObject, @CurrentActor() viewer: Actor | null): Date | null {
    if (!seesStatus(viewer) || statusOf(user) !== AccountStatus.SUSPENDED) return null;
    return user.suspendedUntil;
  }
}
