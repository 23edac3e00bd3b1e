import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { LIMITS } from '@haven/shared/contracts';
import {
  AppConfig,
  BadInputError,
  RateLimiter,
  TIME_ID,
  cursorCodec,
  pageSize,
  type Page,
} from '@haven/server/core';
import { NOTIFICATION_COLUMNS, type NotificationRow } from './notification.rows';
import { SubjectVisibility } from './subject-visibility.service';

const NOTIFICATION_CURSOR = cursorCodec('N', TIME_ID);

export interface NotificationPage extends Page<NotificationRow> {
  unreadCount: number;
}

/**
 * A member's notification list. A page costs a constant number of queries: the page, the visibility of
 * what it points at (two), the unread count, and (only when something was hidden since) one update
 * that marks those entries read.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly visibility: SubjectVisibility,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async page(
    userId: string,
    options: { unreadOnly?: boolean | null; first?: number | null; after?: string | null },
  ): Promise<NotificationPage> {
    const limit = pageSize(options.first, 20);
    const params: unknown[] = [userId, !!options.unreadOnly, limit + 1];
    let cursor = '';
    if (options.after) {
      const [createdKey, id] = NOTIFICATION_CURSOR.decode(options.after);
      params.push(createdKey, id);
      cursor = 'AND (n.created_at, n.id) < ($4::timestamptz, $5::uuid)';
    }
    const rows = await this.db.query<NotificationRow[]>(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n
       WHERE n.recipient_id = $1 AND (NOT $2::boolean OR n.read_at IS NULL) ${cursor}
       ORDER BY n.created_at DESC, n.id DESC LIMIT $3`,
      params,
    );
    const page = NOTIFICATION_CURSOR.page(rows, limit, (r) => [r.created_key, r.id]);
    const visible = await this.visibility.visible(page.nodes);
    const gone = page.nodes.filter((r) => !visible.has(r.id));
    const stale = gone.filter((r) => r.read_at === null).map((r) => r.id);
    if (stale.length > 0) {
      await this.db.query(`UPDATE notifications SET read_at = now() WHERE id = ANY($1::uuid[])`, [stale]);
    }
    const nodes = page.nodes.filter((r) => visible.has(r.id));
    return { ...page, nodes, unreadCount: await this.unreadCount(userId) };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }] = await this.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }

  /** Unread counts of many members in one query. */
  async unreadCounts(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ recipient_id: string; count: number }[]>(
      `SELECT recipient_id, count(*)::int AS count FROM notifications
       WHERE recipient_id = ANY($1::uuid[]) AND read_at IS NULL GROUP BY recipient_id`,
      [[...new Set(userIds)]],
    );
    const counts = new Map(userIds.map((id) => [id, 0]));
    for (const row of rows) counts.set(row.recipient_id, row.count);
    return counts;
  }

  /** Marks the member's own notifications read (the given ones, or all); returns the new unread count. */
  async markRead(userId: string, ids: readonly string[] | null | undefined): Promise<number> {
    const max = LIMITS.notifications.markMax;
    if (ids && ids.length > max) {
      throw new BadInputError(`Mark at most ${max} notifications at once.`, { argument: 'ids', max });
    }
    if (ids && ids.some((id) => !isUUID(id))) {
      throw new BadInputError('A notification id is not valid.', { argument: 'ids' });
    }
    await this.consume(userId);
    if (!ids || ids.length > 0) {
      await this.db.query(
        `UPDATE notifications SET read_at = now()
         WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
        [userId, ids ?? null],
      );
    }
    return this.unreadCount(userId);
  }

  /** The rate limit shared by every notification setting. */
  consume(userId: string): Promise<void> {
    return this.limiter.consume('notifications', userId, this.config.rateLimits.notifications);
  }
}
