import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  ACCOUNT_EXPORT_EVENT,
  type AccountExportRequest,
  type AccountExportSection,
} from '@haven/server/core';
import { ChatMessageEntity, StoredMessageStatus } from './chat-message.entity';

/** Chat's part in account events: the data export (sockets are closed by the socket authority rules). */
@Injectable()
export class ChatAccountListener {
  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
  ) {}

  @OnEvent(ACCOUNT_EXPORT_EVENT)
  async exportMessages(request: AccountExportRequest): Promise<AccountExportSection> {
    const rows = await this.messages.find({
      where: { authorId: request.userId },
      relations: { room: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      section: 'chatMessages',
      data: rows.map((m) => ({
        id: m.id,
        room: m.room ? { id: m.room.id, slug: m.room.slug, name: m.room.name } : { id: m.roomId },
        body: m.body,
        status: m.status,
        removedByModerator: m.status === StoredMessageStatus.REMOVED,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  }
}
