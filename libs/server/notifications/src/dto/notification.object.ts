import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoObject } from '@haven/server/core';
import { UserObject } from '@haven/server/identity';
import { NotificationDelivery, NotificationKind } from './notification.enums';

@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  /** Resolved through the user loader; null when it must not be shown. */
  actorId: string | null;
  subjectKind: string | null;
  data: Record<string, unknown>;

  @Field(() => UserObject, {
    nullable: true,
    description: 'Who caused it, when that may be shown (never the author of an anonymous testimonial).',
  })
  actor?: UserObject | null;

  @Field(() => Int, { description: 'How many people it groups (reactions).' })
  count: number;

  @Field({ description: 'A short text for the list; never hidden or removed content.' })
  summary?: string;

  @Field({ description: 'Where it leads inside the web app, e.g. /forum/p/ID#comment-ID.' })
  path: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionObject {
  @Field(() => [NotificationObject])
  nodes: NotificationObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;

  @Field(() => Int)
  unreadCount: number;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceObject {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;
}
