import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DetectionVerdict, RiskLevel, Role } from '@haven/shared/contracts';
import { CurrentActor, Roles, type Actor } from '@haven/server/core';
import { DetectionFeedbackService } from './detection-feedback.service';
import { ModerationCaseObject, toCaseObject } from './dto/moderation-case.object';

@Resolver()
export class DetectionFeedbackResolver {
  constructor(private readonly feedback: DetectionFeedbackService) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => ModerationCaseObject, {
    description:
      'Moderators: label the detection on a case; MISSED takes the level it should have had. Stored as labelled feedback.',
  })
  async markDetection(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('verdict', { type: () => DetectionVerdict }) verdict: DetectionVerdict,
    @Args('correctLevel', { type: () => RiskLevel, nullable: true }) correctLevel?: RiskLevel | null,
  ): Promise<ModerationCaseObject> {
    return toCaseObject(await this.feedback.mark(actor, caseId, verdict, correctLevel));
  }

  @Roles(Role.ADMIN)
  @Query(() => String, { description: 'Admins: the labelled feedback as JSON Lines in the corpus format.' })
  exportDetectionFeedback(): Promise<string> {
    return this.feedback.exportJsonl();
  }
}
