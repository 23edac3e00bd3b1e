import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Cost, Loaders, Public, type RequestLoaders } from '@haven/server/core';
import { UserObject } from '@haven/server/identity';
import { CommentObject } from './dto/comment.object';
import { PostObject } from './dto/post.object';
import { toCommentObject, toPostObject } from './forum.rows';
import { MemberCommentsLoader, MemberPostsLoader } from './member-activity.loader';
import { PROFILE_RECENT } from './member-activity.service';

/** The forum side of a member's public profile. */
@Resolver(() => UserObject)
export class MemberActivityResolver {
  constructor(
    private readonly posts: MemberPostsLoader,
    private readonly comments: MemberCommentsLoader,
  ) {}

  @Public()
  @Cost({ base: PROFILE_RECENT })
  @ResolveField(() => [PostObject], {
    description: `The member's ${PROFILE_RECENT} newest published posts, newest first.`,
  })
  async recentPosts(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<PostObject[]> {
    return (await loaders.get(this.posts).load(user.id)).map(toPostObject);
  }

  @Public()
  @Cost({ base: PROFILE_RECENT })
  @ResolveField(() => [CommentObject], {
    description: `The member's ${PROFILE_RECENT} newest published comments on published posts, newest first.`,
  })
  async recentComments(
    @Parent() user: UserObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommentObject[]> {
    return (await loaders.get(this.comments).load(user.id)).map(toCommentObject);
  }
}
