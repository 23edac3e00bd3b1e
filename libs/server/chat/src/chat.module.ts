import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChatAccountListener } from './chat-account.listener';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { ChatMessageEntity } from './chat-message.entity';
import { ChatMuteEntity } from './chat-mute.entity';
import { ChatRetentionService } from './chat-retention.service';
import { ChatRoomEntity } from './chat-room.entity';
import { ChatSessionService } from './chat-session.service';
import { ChatGateway } from './chat.gateway';
import { MessageHistoryService } from './message-history.service';
import { MessageModerationService } from './message-moderation.service';
import { MessagesResolver } from './messages.resolver';
import { MessageStore } from './message-store.service';
import { MessagesService } from './messages.service';
import { MutesService } from './mutes.service';
import { OnlineCountLoader } from './online-count.loader';
import { PresenceService } from './presence.service';
import { RoomsResolver } from './rooms.resolver';
import { RoomsService } from './rooms.service';
import { SendPolicy } from './send-policy.service';
import { SupportRoomsService } from './support-rooms.service';

/** Live support rooms: rooms, messages, the /chat Socket.IO namespace, presence, mutes and retention. */
@Module({
  imports: [TypeOrmModule.forFeature([ChatRoomEntity, ChatMessageEntity, ChatMuteEntity])],
  providers: [
    ChatBroadcaster,
    PresenceService,
    RoomsService,
    MutesService,
    SendPolicy,
    SupportRoomsService,
    MessageStore,
    MessagesService,
    MessageHistoryService,
    MessageModerationService,
    ChatSessionService,
    ChatRetentionService,
    ChatAccountListener,
    OnlineCountLoader,
    ChatGateway,
    RoomsResolver,
    MessagesResolver,
  ],
  exports: [RoomsService, MessageModerationService, ChatRetentionService, PresenceService],
})
export class ChatModule {}
