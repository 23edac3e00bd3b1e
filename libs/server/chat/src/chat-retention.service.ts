import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig, SharedStore } from '@haven/server/core';
import { ChatMessageEntity } from './chat-message.entity';
import { MutesService } from './mutes.service';

const LOCK_KEY = 'chat:retention:lock';
const BATCH = 5_000;
const DAY_MS = 24 * 3600 * 1000;

/** Chat is for the moment: messages older than CHAT_RETENTION_DAYS are deleted once a day. */
@Injectable()
export class ChatRetentionService {
  private readonly logger = new Logger(ChatRetentionService.name);

  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    private readonly mutes: MutesService,
    private readonly store: SharedStore,
    private readonly config: AppConfig,
  ) {}

  /** Daily at 03:17; one instance runs it (the lock outlives the run, so the others skip this day's run). */
  @Cron('0 17 3 * * *', { name: 'chat-retention' })
  async runDaily(): Promise<void> {
    if (!(await this.store.setIfAbsent(LOCK_KEY, String(Date.now()), 3600))) return;
    try {
      const deleted = await this.deleteExpired();
      const mutes = await this.mutes.deleteExpired();
      this.logger.log(`Chat retention: deleted ${deleted} message(s) and ${mutes} ended mute(s).`);
    } catch (error) {
      this.logger.error(`Chat retention failed: ${String(error)}`);
    }
  }

  /** Deletes messages older than the retention period, in batches; returns how many went. */
  async deleteExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.CHAT_RETENTION_DAYS * DAY_MS);
    let total = 0;
    for (;;) {
      const result = (await this.messages.query(
        `DELETE FROM chat_messages WHERE id IN (SELECT id FROM chat_messages WHERE created_at < $1 LIMIT ${BATCH})`,
        [cutoff],
      )) as [unknown[], number];
      const deleted = result[1] ?? 0;
      total += deleted;
      if (deleted < BATCH) return total;
    }
  }
}
