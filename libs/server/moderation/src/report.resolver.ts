import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, isModerator, type Actor, type RequestLoaders } from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import { ReportInput } from './dto/moderation.inputs';
import { ReportObject, toReportObject } from './dto/report.object';
import { ReportsService } from './reports.service';

@Resolver(() => ReportObject)
export class ReportResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly userLoader: UserLoader,
  ) {}

  @Mutation(() => ReportObject, {
    description:
      'Reports content or a member to the moderators: joins the open case of that content, or opens one. Once a case ' +
      'is resolved, a new report opens a new case (the resolved one stays in the history). One report per member per case.',
  })
  async report(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ReportInput }) input: ReportInput,
  ): Promise<ReportObject> {
    return toReportObject(await this.reports.report(actor, input));
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Visible to moderators only.' })
  reporter(
    @Parent() parent: ReportObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<UserObject | null> | null {
    if (!isModerator(actor)) return null;
    return loaders.get(this.userLoader).load(parent.reporterId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Moderators only: the content's text when this report was made, to set beside the text as it is now " +
      'when the content has been edited since. Null for everyone else.',
  })
  reportedText(@Parent() parent: ReportObject, @CurrentActor() actor: Actor | null): string | null {
    return isModerator(actor) ? parent.snapshot : null;
  }
}
