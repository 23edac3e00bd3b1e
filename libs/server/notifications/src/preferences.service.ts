import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  DEFAULT_NOTIFICATION_DELIVERY,
  NotificationDelivery,
  NotificationKind,
} from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationsService } from './notifications.service';

const KINDS = Object.values(NotificationKind);
const DELIVERIES = new Set<string>(Object.values(NotificationDelivery));

export interface Preference {
  kind: NotificationKind;
  delivery: NotificationDelivery;
}

/** How a member wants each kind: in the app, by e-mail at once, in the daily digest, or not at all. */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectRepository(NotificationPreferenceEntity)
    private readonly preferences: Repository<NotificationPreferenceEntity>,
    private readonly notifications: NotificationsService,
  ) {}

  /** Every kind, in the contract's order, with the member's choice or the kind's default. */
  async list(userId: string): Promise<Preference[]> {
    const rows = await this.preferences.find({ where: { userId } });
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery as NotificationDelivery]));
    return KINDS.map((kind) => ({ kind, delivery: chosen.get(kind) ?? DEFAULT_NOTIFICATION_DELIVERY[kind] }));
  }

  async set(userId: string, kind: unknown, delivery: unknown): Promise<Preference[]> {
    if (typeof kind !== 'string' || !KINDS.includes(kind as NotificationKind))
      throw new BadInputError('That notification kind is not known.', { argument: 'kind' });
    if (typeof delivery !== 'string' || !DELIVERIES.has(delivery))
      throw new BadInputError('That delivery is not known.', { argument: 'delivery' });
    await this.notifications.consume(userId);
    await this.preferences.upsert({ userId, kind, delivery }, ['userId', 'kind']);
    return this.list(userId);
  }
}
