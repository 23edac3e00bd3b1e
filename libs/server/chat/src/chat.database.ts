import { ChatMessageEntity } from './chat-message.entity';
import { ChatMuteEntity } from './chat-mute.entity';
import { ChatRoomEntity } from './chat-room.entity';
import { ChatInit1795908636363 } from './migrations/1795908636363-chat-init';

export const chatEntities = [ChatRoomEntity, ChatMessageEntity, ChatMuteEntity];
export const chatMigrations = [ChatInit1795908636363];
