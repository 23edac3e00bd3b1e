import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, renderMarkdown, type Actor, type RequestLoaders } from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import { TestimonialObject } from './dto/testimonial.object';
import { TestimonialHelpfulLoader } from './testimonial-helpful.loader';
import { isAuthorOrModerator } from './testimonial.visibility';

/** The per-viewer fields of a testimonial, batched through DataLoaders. */
@Resolver(() => TestimonialObject)
export class TestimonialFieldsResolver {
  constructor(
    private readonly userLoader: UserLoader,
    private readonly helpfulLoader: TestimonialHelpfulLoader,
  ) {}

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'Null to everyone but moderators and the author when the testimonial is anonymous.',
  })
  async author(
    @Parent() testimonial: TestimonialObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<UserObject | null> {
    if (testimonial.anonymous && !isAuthorOrModerator(testimonial, actor)) return null;
    return loaders.get(this.userLoader).load(testimonial.authorId);
  }

  @ResolveField(() => String, { description: 'The story rendered from Markdown and sanitised.' })
  storyHtml(@Parent() testimonial: TestimonialObject): string {
    return renderMarkdown(testimonial.story);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The moderator's note when the testimonial was rejected. Only its author and moderators see it.",
  })
  rejectionNote(
    @Parent() testimonial: TestimonialObject,
    @CurrentActor() actor: Actor | null,
  ): string | null {
    return isAuthorOrModerator(testimonial, actor) ? testimonial.storedRejectionNote : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in member marked it helpful.' })
  async viewerFoundHelpful(
    @Parent() testimonial: TestimonialObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!actor) return false;
    return loaders.get(this.helpfulLoader).load({ viewerId: actor.id, testimonialId: testimonial.id });
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in member wrote it.' })
  viewerIsAuthor(@Parent() testimonial: TestimonialObject, @CurrentActor() actor: Actor | null): boolean {
    return !!actor && actor.id === testimonial.authorId;
  }
}
