import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ContentStatus } from '@haven/shared/contracts';
import { PageInfoObject } from '@haven/server/core';
import { SafetyCheckObject } from '@haven/server/safety';

@ObjectType('Comment')
export class CommentObject {
  @Field(() => ID)
  id: string;

  postId: string;
  authorId: string;

  @Field(() => ID, { nullable: true, description: 'Set when the comment answers another comment.' })
  parentId: string | null;

  @Field()
  body: string;

  @Field()
  bodyHtml: string;

  @Field(() => ContentStatus)
  status: ContentStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'The author deleted the comment; it stays in the thread as "[deleted]".' })
  deleted: boolean;
}

@ObjectType('CommentConnection')
export class CommentConnectionObject {
  @Field(() => [CommentObject])
  nodes: CommentObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}

@ObjectType('CommentPayload')
export class CommentPayloadObject {
  @Field(() => CommentObject)
  comment: CommentObject;

  @Field(() => SafetyCheckObject)
  safety: SafetyCheckObject;
}
