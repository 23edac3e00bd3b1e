import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRestricted, CurrentActor, Public, type Actor } from '@haven/server/core';
import { AccountContentChoice } from './dto/account-content-choice.enum';
import { AccountService } from './account.service';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UserObject, toUserObject } from './dto/user.object';
import { ViewerObject, toViewerObject } from './dto/viewer.object';
import { UsersService } from './users.service';

@Resolver(() => ViewerObject)
export class ViewerResolver {
  constructor(
    private readonly users: UsersService,
    private readonly account: AccountService,
  ) {}

  @Public()
  @Query(() => ViewerObject, { nullable: true })
  async viewer(@CurrentActor() actor: Actor | null): Promise<ViewerObject | null> {
    if (!actor) return null;
    const user = await this.users.findEntity(actor.id);
    return user ? toViewerObject(user) : null;
  }

  @Mutation(() => UserObject)
  async updateProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserObject> {
    return toUserObject(await this.users.updateProfile(actor.id, input));
  }

  @Query(() => String, {
    description:
      "The signed-in member's own data (profile, posts, comments, testimonials, chat messages, reports) as a JSON document.",
  })
  exportMyData(@CurrentActor() actor: Actor): Promise<string> {
    return this.account.exportData(actor.id);
  }

  @AllowRestricted()
  @Mutation(() => Boolean, {
    description:
      "Erases the account's personal data and signs it out everywhere. Posts and comments are kept, each under its own pseudonym (KEEP_UNLINKED, the default), or erased (ERASE).",
  })
  deleteAccount(
    @CurrentActor() actor: Actor,
    @Args('password') password: string,
    @Args('content', {
      type: () => AccountContentChoice,
      nullable: true,
      defaultValue: AccountContentChoice.KEEP_UNLINKED,
    })
    content: AccountContentChoice | null,
  ): Promise<boolean> {
    return this.account.deleteAccount(actor.id, password, content ?? AccountContentChoice.KEEP_UNLINKED);
  }
}
