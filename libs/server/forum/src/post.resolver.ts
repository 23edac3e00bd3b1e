import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS, PostSort } from '@haven/shared/contracts';
import {
  BadInputError,
  Cost,
  CurrentActor,
  Loaders,
  Public,
  renderMarkdown,
  searchSnippet,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { PostConnectionObject, PostObject, PostPayloadObject } from './dto/post.object';
import { CreatePostInput, UpdatePostInput } from './dto/post.inputs';
import { toFeedPostObject } from './feed-page.sql';
import { FeedPrimerService } from './feed-primer.service';
import { toPostObject } from './forum.rows';
import { PostQueriesService } from './post-queries.service';
import { PostsService } from './posts.service';
import { VisitorFeedService } from './visitor-feed.service';

@Resolver(() => PostObject)
export class PostResolver {
  constructor(
    private readonly queries: PostQueriesService,
    private readonly writes: PostsService,
    private readonly visitorFeed: VisitorFeedService,
    private readonly primer: FeedPrimerService,
  ) {}

  @Public()
  @Query(() => PostConnectionObject)
  async posts(
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
    @Args('categorySlug', { type: () => String, nullable: true }) categorySlug: string | null,
    @Args('tag', { type: () => String, nullable: true }) tag: string | null,
    @Args('sort', { type: () => PostSort, nullable: true, defaultValue: PostSort.LATEST_ACTIVITY })
    sort: PostSort | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PostConnectionObject> {
    const args = { categorySlug, tag, sort, first, after };
    if (!actor && this.visitorFeed.enabled) {
      const feed = await this.visitorFeed.page(args);
      this.primer.prime(loaders, feed);
      return feed.page;
    }
    const page = await this.queries.feedPage(args, actor);
    return { nodes: page.nodes.map(toFeedPostObject), pageInfo: page.pageInfo };
  }

  @Public()
  @Query(() => PostObject, { nullable: true })
  async post(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PostObject | null> {
    const row = await this.queries.findVisible(id, actor);
    return row ? toPostObject(row) : null;
  }

  @Public()
  @Cost({ base: 20, perItem: 2, maxPerOperation: 1 })
  @Query(() => PostConnectionObject, {
    description:
      'Published posts matching every word as a word prefix, in the post or its published comments, best first, each with a highlighted snippet.',
  })
  async searchPosts(
    @CurrentActor() actor: Actor | null,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PostConnectionObject> {
    const page = await this.queries.search(query, first, after, actor);
    return {
      nodes: page.nodes.map((row) => ({
        ...toPostObject(row),
        searchSnippet: searchSnippet(row.snippet_raw, row.snippet_in_reply),
      })),
      pageInfo: page.pageInfo,
    };
  }

  @Cost({ base: 5, perChars: { arg: 'body', chars: 200 }, maxPerOperation: 1 })
  @Query(() => String, {
    description: 'The sanitised HTML a post or comment body will show as; saves nothing.',
  })
  renderMarkdownPreview(@Args('body') body: string): string {
    if (body.length > LIMITS.post.bodyMax) {
      throw new BadInputError(
        `A preview can be at most ${LIMITS.post.bodyMax.toLocaleString('en-US')} characters.`,
      );
    }
    return renderMarkdown(body);
  }

  @Mutation(() => PostPayloadObject)
  async createPost(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreatePostInput,
  ): Promise<PostPayloadObject> {
    const { row, safety } = await this.writes.create(actor, input);
    return { post: toPostObject(row), safety };
  }

  @Mutation(() => PostPayloadObject)
  async updatePost(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePostInput,
  ): Promise<PostPayloadObject> {
    const { row, safety } = await this.writes.update(actor, id, input);
    return { post: toPostObject(row), safety };
  }

  @Mutation(() => Boolean)
  deletePost(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.writes.delete(actor, id);
  }
}
