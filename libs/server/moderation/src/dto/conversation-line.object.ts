import { Field, ID, ObjectType } from '@nestjs/graphql';
import { renderMarkdown, type ConversationLine } from '@haven/server/core';

@ObjectType('ConversationLine', {
  description: 'A message of the conversation around moderated content (moderators only).',
})
export class ConversationLineObject {
  @Field(() => ID)
  id: string;

  /** Resolved through the user loader. */
  authorId: string;

  @Field({ description: 'The text as written (removed messages too: this is for moderators).' })
  body: string;

  @Field({ description: "The text rendered by the server's Markdown renderer, sanitised." })
  bodyHtml: string;

  @Field()
  createdAt: Date;

  @Field()
  removed: boolean;

  @Field({ description: 'The safety check found crisis language in it.' })
  crisisDetected: boolean;

  @Field({ description: 'The moderated message itself.' })
  focus: boolean;
}

export function toConversationLineObject(line: ConversationLine): ConversationLineObject {
  return { ...line, bodyHtml: renderMarkdown(line.body) };
}
