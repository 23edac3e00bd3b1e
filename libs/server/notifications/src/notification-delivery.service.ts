import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationDto } from '@haven/shared/contracts';
import { UsersService, type UserObject } from '@haven/server/identity';
import type { CreatedNotification } from './notification-writer.service';
import { NOTIFICATION_COLUMNS, toNotificationObject, type NotificationRow } from './notification.rows';
import { summarize } from './notification.rules';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsService } from './notifications.service';
import { PushService } from './push.service';

const toUserDto = (user: UserObject) => ({
  id: user.id,
  handle: user.handle,
  bio: user.bio,
  journeyStage: user.journeyStage,
  role: user.role,
  createdAt: user.createdAt.toISOString(),
});

/**
 * What happens once notifications exist: each recipient's open tabs get `notification:new` and their
 * new unread count. Three queries for a whole fan-out (the rows, the actors, the counts); a failure is
 * logged, never thrown, since the notifications are already stored.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly gateway: NotificationsGateway,
    private readonly push: PushService,
  ) {}

  async created(created: readonly CreatedNotification[]): Promise<void> {
    if (created.length === 0) return;
    try {
      const rows = await this.db.query<NotificationRow[]>(
        `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n WHERE n.id = ANY($1::uuid[])`,
        [created.map((c) => c.id)],
      );
      const payloads = await this.toDtos(rows);
      const counts = await this.notifications.unreadCounts(rows.map((r) => r.recipient_id));
      for (const row of rows) {
        this.gateway.notify(row.recipient_id, payloads.get(row.id)!);
        this.gateway.count(row.recipient_id, counts.get(row.recipient_id) ?? 0);
      }
      const pushed = created.filter((c) => c.delivery === 'PUSH');
      await this.push.send(
        pushed.flatMap((c) => {
          const payload = payloads.get(c.id);
          return payload ? [{ recipientId: c.recipient_id, payload }] : [];
        }),
      );
    } catch (error) {
      this.logger.error(`Live delivery failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The unread count changed without a new notification (marked read). */
  countChanged(userId: string, unreadCount: number): void {
    this.gateway.count(userId, unreadCount);
  }

  async toDtos(rows: readonly NotificationRow[]): Promise<Map<string, NotificationDto>> {
    const actorIds = [...new Set(rows.map((r) => r.actor_id).filter((id): id is string => !!id))];
    const actors = new Map(
      (await this.users.findPublicByIds(actorIds)).filter((u): u is UserObject => !!u).map((u) => [u.id, u]),
    );
    const result = new Map<string, NotificationDto>();
    for (const row of rows) {
      const object = toNotificationObject(row);
      const actor = row.actor_id ? (actors.get(row.actor_id) ?? null) : null;
      result.set(row.id, {
        id: object.id,
        kind: object.kind,
        actor: actor ? toUserDto(actor) : null,
        count: object.count,
        summary: summarize({
          kind: object.kind,
          actorHandle: actor?.handle ?? null,
          count: object.count,
          subjectKind: object.subjectKind,
          data: object.data,
        }),
        path: object.path,
        readAt: object.readAt ? object.readAt.toISOString() : null,
        createdAt: object.createdAt.toISOString(),
      });
    }
    return result;
  }
}
