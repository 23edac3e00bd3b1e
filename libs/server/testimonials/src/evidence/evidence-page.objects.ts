import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceFigure', { description: 'A published figure beside the community’s own live figure.' })
export class EvidenceFigureObject {
  @Field({ description: 'What the literature reports, in words.' })
  published: string;

  @Field({ description: 'Haven’s figure in words, with its n, e.g. "Haven members: 58% of 212".' })
  community: string;

  @Field(() => Float, { nullable: true, description: 'The share (0..1); null with no data yet.' })
  value: number | null;

  @Field(() => Int)
  n: number;
}

@ObjectType('EvidencePage', {
  description: 'A sourced "Learn" page, written in the repository and reviewed.',
})
export class EvidencePageObject {
  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [String], { description: 'Post tags that link to this page.' })
  tags: string[];

  @Field({ description: 'The day the page was last reviewed (YYYY-MM-DD).' })
  lastReviewed: string;

  @Field({ description: 'The page rendered from Markdown and sanitised.' })
  html: string;

  /** Internal: what each figure measures. */
  figureSpecs: { published: string; metric: string }[];
}
