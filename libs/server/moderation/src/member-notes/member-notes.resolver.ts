import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import { CurrentActor, Loaders, Roles, type Actor, type RequestLoaders } from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import { MemberNoteObject, toMemberNoteObject } from './member-note.object';
import { MemberNotesService } from './member-notes.service';

/** Notes on members: moderators and administrators only. */
@Roles(Role.MODERATOR)
@Resolver(() => MemberNoteObject)
export class MemberNotesResolver {
  constructor(
    private readonly notes: MemberNotesService,
    private readonly userLoader: UserLoader,
  ) {}

  @Mutation(() => MemberNoteObject, {
    description:
      'Adds a private note (1 to 2,000 characters) on a member. Notes cannot be edited or deleted.',
  })
  async addMemberNote(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<MemberNoteObject> {
    return toMemberNoteObject(await this.notes.add(actor, userId, body));
  }

  @Query(() => [MemberNoteObject], { description: 'Moderators: the notes on a member, newest first.' })
  async memberNotes(@Args('userId', { type: () => ID }) userId: string): Promise<MemberNoteObject[]> {
    return (await this.notes.list(userId)).map(toMemberNoteObject);
  }

  @ResolveField(() => UserObject)
  author(@Parent() note: MemberNoteObject, @Loaders() loaders: RequestLoaders) {
    return loaders.get(this.userLoader).load(note.authorId);
  }
}
