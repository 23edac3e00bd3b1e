import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_NOTIFICATION_DELIVERY, NotificationKind } from '@haven/shared/contracts';
import { isUUID } from 'class-validator';

/** One recipient and the kind they get, as the fan-out chose. */
export interface Candidate {
  userId: string;
  kind: NotificationKind;
  /** Lower wins when one member qualifies twice (a reply to their comment is also a reply in their thread). */
  rank: number;
}

export interface FanOut {
  actorId: string | null;
  subject: { kind: string; id: string } | null;
  /** The forum thread: its MUTED watchers hear nothing. */
  postId: string | null;
  path: string;
  data: Record<string, unknown>;
  /** Everyone with this watch level on the post gets `watchersKind` (set-based, whatever their number). */
  postWatchers?: { kind: NotificationKind; rank: number; postAuthorId: string };
  /** Everyone watching this category gets NEW_POST_IN_CATEGORY. */
  categoryWatchers?: { categoryId: string; rank: number };
  /** Members named one by one (the author of the answered comment, mentioned members, …). */
  direct: Candidate[];
  /** Members not to tell (blocked either way). */
  exclude: string[];
  groupKey?: string;
  urgent?: boolean;
}

export interface CreatedNotification {
  id: string;
  recipient_id: string;
  delivery: string;
  urgent: boolean;
}

const DEFAULTS = JSON.stringify(DEFAULT_NOTIFICATION_DELIVERY);

/**
 * Creates notifications with one set-based INSERT … SELECT, whatever the number of recipients: the
 * candidates (thread or category watchers, named members) are ranked, one per member, muted threads
 * and OFF preferences drop out, and each row records the delivery chosen for its kind.
 */
@Injectable()
export class NotificationWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async write(fanOut: FanOut): Promise<CreatedNotification[]> {
    const direct = fanOut.direct.filter((c) => isUUID(c.userId));
    const watchers = fanOut.postWatchers;
    const category = fanOut.categoryWatchers;
    const params: unknown[] = [
      fanOut.actorId,
      fanOut.subject?.kind ?? null,
      fanOut.subject?.id ?? null,
      fanOut.postId,
      fanOut.path,
      JSON.stringify(fanOut.data),
      fanOut.groupKey ?? null,
      fanOut.urgent ?? false,
      direct.map((c) => c.userId),
      direct.map((c) => c.kind),
      direct.map((c) => c.rank),
      fanOut.exclude.filter((id) => isUUID(id)),
      DEFAULTS,
      watchers?.kind ?? null,
      watchers?.rank ?? 0,
      watchers?.postAuthorId ?? null,
      category?.categoryId ?? null,
      category?.rank ?? 0,
    ];
    const sql = `
      WITH candidates AS (
        SELECT d.user_id, d.kind, d.rank
          FROM unnest($9::uuid[], $10::text[], $11::int[]) AS d(user_id, kind, rank)
        UNION ALL
        SELECT w.user_id, $14::text, $15::int FROM notification_post_watches w
         WHERE $14::text IS NOT NULL AND w.post_id = $4 AND w.level = 'WATCHING'
        UNION ALL
        SELECT cw.user_id, 'NEW_POST_IN_CATEGORY', $18::int FROM notification_category_watches cw
         WHERE $17::uuid IS NOT NULL AND cw.category_id = $17 AND cw.level = 'WATCHING'
      ), chosen AS (
        SELECT DISTINCT ON (c.user_id) c.user_id, c.kind FROM candidates c
         WHERE c.user_id IS DISTINCT FROM $1::uuid
           AND NOT (c.user_id = ANY($12::uuid[]))
           AND NOT EXISTS (SELECT 1 FROM notification_post_watches m
                            WHERE $4::uuid IS NOT NULL AND m.post_id = $4 AND m.user_id = c.user_id AND m.level = 'MUTED')
         ORDER BY c.user_id, c.rank
      ), delivered AS (
        SELECT ch.user_id, ch.kind,
               CASE WHEN $8::boolean AND coalesce(p.delivery, $13::jsonb ->> ch.kind) <> 'IN_APP' THEN 'EMAIL_NOW'
                    WHEN $8::boolean THEN 'IN_APP'
                    ELSE coalesce(p.delivery, $13::jsonb ->> ch.kind, 'IN_APP') END AS delivery
          FROM chosen ch
          LEFT JOIN notification_preferences p ON p.user_id = ch.user_id AND p.kind = ch.kind
         WHERE $8::boolean OR coalesce(p.delivery, $13::jsonb ->> ch.kind, 'IN_APP') <> 'OFF'
      )
      INSERT INTO notifications AS n (recipient_id, kind, actor_id, actor_ids, subject_kind, subject_id, post_id,
                                      path, data, group_key, delivery, urgent)
      SELECT d.user_id, d.kind, $1, CASE WHEN $1::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$1::uuid] END, $2, $3, $4,
             $5, $6::jsonb || CASE WHEN $16::uuid IS NULL THEN '{}'::jsonb
                                   ELSE jsonb_build_object('own', d.user_id = $16::uuid) END,
             $7, d.delivery, $8
        FROM delivered d
      ON CONFLICT (recipient_id, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL
      DO UPDATE SET actor_id = EXCLUDED.actor_id, created_at = now(),
        actor_ids = CASE WHEN EXCLUDED.actor_id = ANY(n.actor_ids) THEN n.actor_ids
                         ELSE n.actor_ids || EXCLUDED.actor_id END
      RETURNING n.id, n.recipient_id, n.delivery, n.urgent`;
    return this.db.query<CreatedNotification[]>(sql, params);
  }
}
