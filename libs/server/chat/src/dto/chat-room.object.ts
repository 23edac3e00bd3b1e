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
  };
}

export function toChatRoomDto(room: ChatRoomEntity, onlineCount: number): ChatRoomDto {
  return { ...toChatRoomObject(room), onlineCount };
}
