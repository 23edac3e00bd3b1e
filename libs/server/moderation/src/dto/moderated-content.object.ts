import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ContentKind } from '@haven/shared/contracts';
import { isVisibleToAll } from '../content-directory.service';
import { renderMarkdown, type ModeratedContentInfo } from '@haven/server/core';

@ObjectType('ModeratedContentContext', {
  description: 'One piece of context about moderated content, e.g. postId.',
})
export class ModeratedContentContextObject {
  @Field()
  key: string;

  @Field()
  value: string;
}

@ObjectType('ModeratedContent', {
  description: 'The content of a case as it is now, in its own domain (moderators only).',
})
export class ModeratedContentObject {
  @Field(() => ContentKind)
  kind: ContentKind;

  @Field(() => ID)
  id: string;

  @Field({
    description:
      "The content's status in its own domain (PUBLISHED, PENDING_REVIEW, HIDDEN, REMOVED, VISIBLE, …).",
  })
  status: string;

  @Field({ description: 'Plain text of the content as it is now.' })
  text: string;

  @Field({ description: "The text rendered by the server's Markdown renderer, sanitised." })
  html: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'While everyone can see the content: since when (how long an URGENT case about public content has been public). Null when it is not public.',
  })
  visibleSince: Date | null;

  @Field(() => [ModeratedContentContextObject], {
    description: 'Where the content sits, e.g. postId, roomId, title.',
  })
  context: ModeratedContentContextObject[];
}

export function toModeratedContentObject(
  kind: ContentKind,
  info: ModeratedContentInfo,
): ModeratedContentObject {
  const context = Object.entries(info.context ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ({
      key,
      value:
        typeof value === 'string'
          ? value
          : value instanceof Date
            ? value.toISOString()
            : JSON.stringify(value),
    }));
  return {
    kind,
    id: info.id,
    status: info.status,
    text: info.excerpt,
    html: renderMarkdown(info.excerpt),
    createdAt: info.createdAt,
    visibleSince: isVisibleToAll(info) ? info.createdAt : null,
    context,
  };
}
