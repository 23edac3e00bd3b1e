import { ChatMessageEntity } from './chat-message.entity';
import { ChatMuteEntity } from './chat-mute.entity';
import { ChatRoomEntity } from './chat-room.entity';
import { ChatInit1795908636363 } from './migrations/1795908636363-chat-init';
import { SupportRooms1796700000001 } from './migrations/1796700000001-support-rooms';

export const chatEntities = [ChatRoomEntity, ChatMessageEntity, ChatMuteEntity];
export const chatMigrations = [ChatInit1795908636363, SupportRooms1796700000001];
