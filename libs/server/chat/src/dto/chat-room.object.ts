import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChatRoomDto } from '@haven/shared/contracts';
import type { ChatRoomEntity } from '../chat-room.entity';

@ObjectType('ChatRoom')
export class ChatRoomObject {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  locked: boolean;

  @Field(() => Int)
  slowModeSeconds: number;

  @Field({
    description:
      'A private support room between a moderator and one member: only the two can join, and the crisis resources are pinned in it.',
  })
  private: boolean;

  /** Resolved from presence (members online now, each counted once). */
  @Field(() => Int, { description: 'Members in the room right now, each counted once whatever their tabs.' })
  onlineCount?: number;
}

export function toChatRoomObject(room: ChatRoomEntity): ChatRoomObject {
  return {
    id: room.id,
    slug: room.slug,
    name: room.name,
    description: room.description,
    locked: room.locked,
    slowModeSeconds: room.slowModeSeconds,
    private: room.supportMemberId !== null,
  };
}

export function toChatRoomDto(room: ChatRoomEntity, onlineCount: number): ChatRoomDto {
  return { ...toChatRoomObject(room), onlineCount };
}
