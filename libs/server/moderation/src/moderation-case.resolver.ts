import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import { CaseReportsLoader } from './case-reports.loader';
import { ModeratedContentObject, toModeratedContentObject } from './dto/moderated-content.object';
import { ModerationCaseObject } from './dto/moderation-case.object';
import { ReportObject, toReportObject } from './dto/report.object';
import { ModeratedContentLoader } from './moderated-content.loader';

/** Relations of a case, each through a DataLoader so a page costs the same whatever its size. */
@Resolver(() => ModerationCaseObject)
export class ModerationCaseFieldsResolver {
  constructor(
    private readonly userLoader: UserLoader,
    private readonly reportsLoader: CaseReportsLoader,
    private readonly contentLoader: ModeratedContentLoader,
  ) {}

  @ResolveField(() => UserObject, { nullable: true })
  author(@Parent() parent: ModerationCaseObject, @Loaders() loaders: RequestLoaders) {
    return parent.authorId ? loaders.get(this.userLoader).load(parent.authorId) : null;
  }

  @ResolveField(() => UserObject, { nullable: true })
  assignee(@Parent() parent: ModerationCaseObject, @Loaders() loaders: RequestLoaders) {
    return parent.assigneeId ? loaders.get(this.userLoader).load(parent.assigneeId) : null;
  }

  @ResolveField(() => [ReportObject])
  async reports(
    @Parent() parent: ModerationCaseObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReportObject[]> {
    return (await loaders.get(this.reportsLoader).load(parent.id)).map(toReportObject);
  }

  @ResolveField(() => ModeratedContentObject, {
    nullable: true,
    description: 'The content as it is now in its own domain; null once it no longer exists.',
  })
  async content(
    @Parent() parent: ModerationCaseObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ModeratedContentObject | null> {
    const info = await loaders
      .get(this.contentLoader)
      .load({ kind: parent.contentKind, id: parent.contentId });
    return info ? toModeratedContentObject(parent.contentKind, info) : null;
  }
}
