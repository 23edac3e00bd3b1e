import { Args, Query, Resolver } from '@nestjs/graphql';
import { TreatmentModality } from '@haven/shared/contracts';
import { Public } from '@haven/server/core';
import { TestimonialStatsObject } from './dto/testimonial-stats.object';
import { TestimonialStatsService } from './testimonial-stats.service';

@Resolver(() => TestimonialStatsObject)
export class TestimonialStatsResolver {
  constructor(private readonly stats: TestimonialStatsService) {}

  @Public()
  @Query(() => TestimonialStatsObject, {
    description: 'Community outcomes over PUBLISHED testimonials, cached.',
  })
  testimonialStats(
    @Args('modality', { type: () => TreatmentModality, nullable: true }) modality: TreatmentModality | null,
  ): Promise<TestimonialStatsObject> {
    return this.stats.stats(modality);
  }
}
