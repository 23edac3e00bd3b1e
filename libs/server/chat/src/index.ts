export * from './chat.module';
export { RoomsService } from './rooms.service';
export { MessageModerationService } from './message-moderation.service';
export { ChatRetentionService } from './chat-retention.service';
export { PresenceService } from './presence.service';
export { ChatRoomObject } from './dto/chat-room.object';
export { ChatMessageObject, ChatMessageConnectionObject } from './dto/chat-message.object';
export { chatEntities, chatMigrations } from './chat.database';
