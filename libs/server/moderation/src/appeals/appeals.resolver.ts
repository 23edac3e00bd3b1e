import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRestricted, CurrentActor, Loaders, type Actor, type RequestLoaders } from '@haven/server/core';
import { ModerationCaseObject } from '../dto/moderation-case.object';
import { ModerationLogEntryObject, toLogEntryObject } from '../dto/moderation-log-entry.object';
import { ModerationNoticeObject } from '../dto/moderation-notice.object';
import { AppealByCaseLoader, AppealByNoticeLoader } from './appeal.loaders';
import { AppealObject, toAppealObject } from './appeal.object';
import { appealableUntil } from './appeal.rules';
import { AppealsService } from './appeals.service';

/**
 * Appeals, for the member who appeals. A suspended member may appeal and read their appeals (a banned
 * account cannot sign in at all: bans are appealed by e-mail to the team).
 */
@Resolver(() => AppealObject)
export class AppealsResolver {
  constructor(private readonly appeals: AppealsService) {}

  @AllowRestricted()
  @Mutation(() => AppealObject, {
    description:
      'Once per moderation action on the member’s content or account, within 30 days; noticeId is the notice that told them of it.',
  })
  async appeal(
    @CurrentActor() actor: Actor,
    @Args('noticeId', { type: () => ID }) noticeId: string,
    @Args('note', { type: () => String }) note: string,
  ): Promise<AppealObject> {
    return toAppealObject(await this.appeals.appeal(actor, noticeId, note));
  }

  @Query(() => [AppealObject], { description: 'The signed-in member’s appeals, newest first.' })
  async myAppeals(@CurrentActor() actor: Actor): Promise<AppealObject[]> {
    return (await this.appeals.mine(actor.id)).map(toAppealObject);
  }
}

/** What a notice says of appealing its decision (notices are only ever their member's own). */
@Resolver(() => ModerationNoticeObject)
export class NoticeAppealFieldsResolver {
  constructor(private readonly byNotice: AppealByNoticeLoader) {}

  @ResolveField(() => AppealObject, { nullable: true, description: 'The appeal of this decision, if made.' })
  async appeal(@Parent() notice: ModerationNoticeObject, @Loaders() loaders: RequestLoaders) {
    const found = await loaders.get(this.byNotice).load(notice.id);
    return found ? toAppealObject(found) : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'Until when the decision may be appealed (30 days); null when it cannot be appealed.',
  })
  appealableUntil(@Parent() notice: ModerationNoticeObject): Date | null {
    return appealableUntil(notice);
  }
}

/** The appeal behind an APPEAL case, for the moderators deciding it (cases are theirs only). */
@Resolver(() => ModerationCaseObject)
export class CaseAppealFieldsResolver {
  constructor(private readonly byCase: AppealByCaseLoader) {}

  @ResolveField(() => AppealObject, { nullable: true, description: 'For an APPEAL case: the appeal.' })
  async appeal(@Parent() parent: ModerationCaseObject, @Loaders() loaders: RequestLoaders) {
    if (!parent.isAppeal) return null;
    const found = await loaders.get(this.byCase).load(parent.id);
    return found ? toAppealObject(found) : null;
  }

  @ResolveField(() => ModerationLogEntryObject, {
    nullable: true,
    description: 'For an APPEAL case: the decision appealed, with the moderator who took it.',
  })
  async appealedDecision(
    @Parent() parent: ModerationCaseObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ModerationLogEntryObject | null> {
    if (!parent.isAppeal) return null;
    const found = await loaders.get(this.byCase).load(parent.id);
    return found?.logEntry ? toLogEntryObject(found.logEntry) : null;
  }
}
