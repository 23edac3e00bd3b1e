import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ChatMessageStatus, type ChatMessageDto, type UserDto } from '@haven/shared/contracts';
import { PageInfoObject } from '@haven/server/core';
import type { UserObject } from '@haven/server/identity';
import { StoredMessageStatus, type ChatMessageEntity } from '../chat-message.entity';

@ObjectType('ChatMessage')
export class ChatMessageObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roomId: string;

  /** Resolved through the user loader. */
  authorId: string;

  @Field({ description: 'Empty when REMOVED.' })
  body: string;

  @Field(() => ChatMessageStatus)
  status: ChatMessageStatus;

  @Field(() => String, { nullable: true })
  clientMessageId: string | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'Held for a moderator: only its author and moderators see it until it is approved.' })
  heldForReview: boolean;

  /** What the safety check found; shown to moderators only (see the resolver). */
  crisis: boolean;
}

@ObjectType('ChatMessageConnection')
export class ChatMessageConnectionObject {
  @Field(() => [ChatMessageObject], { description: 'Oldest first.' })
  nodes: ChatMessageObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}

/** The public status of a stored message: held messages are VISIBLE to those allowed to see them. */
export function publicStatus(status: StoredMessageStatus): ChatMessageStatus {
  return status === StoredMessageStatus.REMOVED ? ChatMessageStatus.REMOVED : ChatMessageStatus.VISIBLE;
}

export function toChatMessageObject(message: ChatMessageEntity): ChatMessageObject {
  const removed = message.status === StoredMessageStatus.REMOVED;
  return {
    id: message.id,
    roomId: message.roomId,
    authorId: message.authorId,
    body: removed ? '' : message.body,
    status: publicStatus(message.status),
    clientMessageId: message.clientMessageId,
    createdAt: message.createdAt,
    heldForReview: message.status === StoredMessageStatus.PENDING_REVIEW,
    crisis: message.crisisDetected,
  };
}

/** A member's public profile as Socket.IO payloads carry it (the GraphQL `User` shape). */
export function toUserDto(user: UserObject): UserDto {
  return {
    id: user.id,
    handle: user.handle,
    bio: user.bio,
    journeyStage: user.journeyStage,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
  };
}

/** `forModerator`: the payload goes to a moderator, who is told of crisis language. */
export function toChatMessageDto(
  message: ChatMessageEntity,
  author: UserDto,
  forModerator = false,
): ChatMessageDto {
  const object = toChatMessageObject(message);
  return {
    id: object.id,
    roomId: object.roomId,
    author,
    body: object.body,
    status: object.status,
    clientMessageId: object.clientMessageId,
    createdAt: object.createdAt.toISOString(),
    heldForReview: object.heldForReview,
    ...(forModerator ? { crisis: object.crisis } : {}),
  };
}
