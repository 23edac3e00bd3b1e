import { Field, ID, InputType } from '@nestjs/graphql';
import { ContentWarning } from '@haven/shared/contracts';

@InputType('CreatePostInput')
export class CreatePostInput {
  @Field(() => ID)
  categoryId: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => [ContentWarning], { nullable: true })
  contentWarnings?: ContentWarning[] | null;
}

@InputType('UpdatePostInput')
export class UpdatePostInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => [ContentWarning], { nullable: true })
  contentWarnings?: ContentWarning[] | null;
}

@InputType('CreateCommentInput')
export class CreateCommentInput {
  @Field(() => ID)
  postId: string;

  @Field()
  body: string;
}
