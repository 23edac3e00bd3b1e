import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { LIMITS } from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';
import { NotificationSettingsEntity } from './notification-settings.entity';
import { NotificationsService } from './notifications.service';

const ZONES = new Set<string>([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** Accepts an IANA time zone name the runtime knows; anything else is a clear error. */
export function validateTimeZone(value: unknown): string {
  if (typeof value !== 'string' || value.length > LIMITS.timeZone.max || !ZONES.has(value.trim())) {
    throw new BadInputError('That time zone is not known. Use a name like Europe/Paris.', {
      argument: 'timeZone',
    });
  }
  return value.trim();
}

@Injectable()
export class NotificationSettingsService {
  constructor(
    @InjectRepository(NotificationSettingsEntity)
    private readonly settings: Repository<NotificationSettingsEntity>,
    private readonly notifications: NotificationsService,
  ) {}

  async timeZone(userId: string): Promise<string> {
    return (await this.settings.findOne({ where: { userId } }))?.timeZone ?? 'UTC';
  }

  async setTimeZone(userId: string, input: unknown): Promise<string> {
    const timeZone = validateTimeZone(input);
    await this.notifications.consume(userId);
    await this.settings.upsert({ userId, timeZone }, ['userId']);
    return timeZone;
  }
}
