import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRestricted, Cost, CurrentActor, Public, type Actor } from '@haven/server/core';
import { TestimonialPayloadObject } from './dto/testimonial-payload.object';
import {
  TestimonialFilterInput,
  SubmitTestimonialInput,
  UpdateTestimonialInput,
} from './dto/testimonial.inputs';
import { TestimonialConnectionObject, TestimonialObject } from './dto/testimonial.object';
import { TestimonialHelpfulService } from './testimonial-helpful.service';
import { TestimonialSubmissionService } from './testimonial-submission.service';
import { TestimonialsService } from './testimonials.service';

const REGION = {
  type: () => String,
  nullable: true,
  description: 'Region code for the crisis resources in the safety check, e.g. US or GB.',
} as const;

@Resolver(() => TestimonialObject)
export class TestimonialResolver {
  constructor(
    private readonly reader: TestimonialsService,
    private readonly submission: TestimonialSubmissionService,
    private readonly helpful: TestimonialHelpfulService,
  ) {}

  @Public()
  @Query(() => TestimonialConnectionObject, {
    description: 'PUBLISHED testimonials, newest published first.',
  })
  testimonials(
    @Args('filter', { type: () => TestimonialFilterInput, nullable: true })
    filter: TestimonialFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<TestimonialConnectionObject> {
    return this.reader.list(filter, first, after);
  }

  @Public()
  @Cost({ base: 20, perItem: 2, maxPerOperation: 1 })
  @Query(() => TestimonialConnectionObject, {
    description:
      'PUBLISHED testimonials whose title or story hold every word as a word prefix, best first, each with a highlighted snippet.',
  })
  searchTestimonials(
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<TestimonialConnectionObject> {
    return this.reader.search(query, first, after);
  }

  @Public()
  @Query(() => TestimonialObject, {
    nullable: true,
    description: 'Null unless PUBLISHED, or the viewer is its author or a moderator.',
  })
  testimonial(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TestimonialObject | null> {
    return this.reader.findVisible(id, actor);
  }

  @Query(() => [TestimonialObject], {
    description: "The signed-in member's own testimonials, every status, newest first (at most 500).",
  })
  myTestimonials(@CurrentActor() actor: Actor): Promise<TestimonialObject[]> {
    return this.reader.mine(actor);
  }

  @Mutation(() => TestimonialPayloadObject, {
    description: 'Stored as PENDING_REVIEW until a moderator approves it.',
  })
  submitTestimonial(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitTestimonialInput,
    @Args('region', REGION) region: string | null,
  ): Promise<TestimonialPayloadObject> {
    return this.submission.submit(actor, input, region);
  }

  @Mutation(() => TestimonialPayloadObject, {
    description: 'The author edits a testimonial while it waits for review.',
  })
  updateTestimonial(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTestimonialInput,
    @Args('region', REGION) region: string | null,
  ): Promise<TestimonialPayloadObject> {
    return this.submission.update(actor, id, input, region);
  }

  /** Suspended members may still take their own story down. */
  @AllowRestricted()
  @Mutation(() => TestimonialObject, { description: 'The author takes it down, whatever its status.' })
  withdrawTestimonial(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TestimonialObject> {
    return this.submission.withdraw(actor, id);
  }

  @Mutation(() => TestimonialObject, {
    description: 'Once per member and not on your own; marking again changes nothing (idempotent).',
  })
  markTestimonialHelpful(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TestimonialObject> {
    return this.helpful.markHelpful(actor, id);
  }
}
