import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@haven/server/core';
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
}
