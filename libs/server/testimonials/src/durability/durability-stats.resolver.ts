import { Args, Query, Resolver } from '@nestjs/graphql';
import { TreatmentModality } from '@haven/shared/contracts';
import { Public } from '@haven/server/core';
import { DurabilityStatsObject } from './durability-stats.objects';
import { DurabilityStatsService } from './durability-stats.service';

@Resolver(() => DurabilityStatsObject)
export class DurabilityStatsResolver {
  constructor(private readonly durability: DurabilityStatsService) {}

  @Public()
  @Query(() => DurabilityStatsObject, {
    description: 'How long relief lasts, over PUBLISHED testimonials with follow-ups; cached.',
  })
  durabilityStats(
    @Args('modality', { type: () => TreatmentModality, nullable: true }) modality: TreatmentModality | null,
    @Args('maintenance', { type: () => Boolean, nullable: true }) maintenance: boolean | null,
  ): Promise<DurabilityStatsObject> {
    return this.durability.stats(modality, maintenance);
  }
}
