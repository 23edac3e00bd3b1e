import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@haven/server/core';
import { EvidenceFigureObject, EvidencePageObject } from './evidence-page.objects';
import { EvidenceService } from './evidence.service';

@Resolver(() => EvidencePageObject)
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Public()
  @Query(() => [EvidencePageObject], { description: 'The "Learn" pages.' })
  evidencePages(): EvidencePageObject[] {
    return this.evidence.list();
  }

  @Public()
  @Query(() => EvidencePageObject, { nullable: true })
  evidencePage(@Args('slug') slug: string): EvidencePageObject | null {
    return this.evidence.find(slug);
  }

  @ResolveField(() => [EvidenceFigureObject], {
    description: 'Each published figure beside Haven’s live one.',
  })
  figures(@Parent() page: EvidencePageObject): Promise<EvidenceFigureObject[]> {
    return this.evidence.figures(page);
  }
}
