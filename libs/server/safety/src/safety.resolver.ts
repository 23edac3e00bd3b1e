import { Args, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@haven/shared/contracts';
import { BadInputError, Cost, Public, type SafetyAssessment } from '@haven/server/core';
import { CrisisResourcesService } from './crisis-resources.service';
import { CrisisResourceObject, SafetyCheckObject } from './dto/safety.objects';
import { previewChunks, yieldToEventLoop } from './preview-chunks';
import { SafetyService } from './safety.service';

@Resolver()
export class SafetyResolver {
  constructor(
    private readonly safety: SafetyService,
    private readonly resources: CrisisResourcesService,
  ) {}

  @Public()
  @Query(() => [CrisisResourceObject])
  crisisResources(
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
  ): Promise<CrisisResourceObject[]> {
    return this.resources.forRegion(region);
  }

  @Public()
  @Query(() => [String], { description: 'Regions that have crisis resources, e.g. US, GB, INTL.' })
  crisisRegions(): Promise<string[]> {
    return this.resources.regions();
  }

  @Public()
  @Cost({ base: 10, perChars: { arg: 'text', chars: 100 }, maxPerOperation: 1 })
  @Query(() => SafetyCheckObject, {
    description:
      'Runs the crisis and drug-sourcing checks on a draft and saves nothing; the web composer calls it before posting.',
  })
  async previewSafety(
    @Args('text') text: string,
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
  ): Promise<SafetyCheckObject> {
    if (text.length > LIMITS.previewSafety.textMax) {
      throw new BadInputError(`A draft has at most ${LIMITS.previewSafety.textMax} characters.`);
    }
    // A long draft is read in chunks with a pause between them, so it never holds the event loop.
    let crisisDetected = false;
    let heldForReview = false;
    let first: SafetyAssessment | null = null;
    for (const chunk of previewChunks(text)) {
      if (first) await yieldToEventLoop();
      const assessment = await this.safety.assess(chunk);
      first ??= assessment;
      crisisDetected ||= assessment.crisisDetected;
      heldForReview ||= assessment.heldForReview;
    }
    return this.safety.toSafetyCheck(
      { ...(first as SafetyAssessment), crisisDetected, heldForReview },
      region,
    );
  }
}
