import { ChatMessageStatus, Role, type ChatMessageDto, type UserDto } from '@haven/shared/contracts';

/** Stored chat messages for the chat modules' unit tests, one a minute from 10:00 UTC. */
export const sam: UserDto = {
  id: 'u-sam',
  handle: 'sam',
  bio: null,
  journeyStage: null,
  role: Role.MEMBER,
  createdAt: '2026-01-01T00:00:00.000Z',
};
export const kit: UserDto = { ...sam, id: 'u-kit', handle: 'kit' };

export const at = (minute: number) => new Date(Date.UTC(2026, 2, 28, 10, minute)).toISOString();

export function message(id: string, minute: number, change: Partial<ChatMessageDto> = {}): ChatMessageDto {
  return {
    id,
    roomId: 'room-1',
    author: kit,
    body: `Message ${id}`,
    status: ChatMessageStatus.VISIBLE,
    clientMessageId: null,
    createdAt: at(minute),
    heldForReview: false,
    ...change,
  };
}
