import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import { CurrentActor, Public, Roles, type Actor } from '@haven/server/core';
import { UserObject } from './dto/user.object';
import { UsersService } from './users.service';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Query(() => UserObject, { nullable: true })
  user(@Args('handle') handle: string): Promise<UserObject | null> {
    return this.users.findByHandle(handle);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject)
  setUserRole(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<UserObject> {
    return this.users.setRole(actor, userId, role);
  }
}
