import type { NotificationKind } from '@haven/shared/contracts';
import type { NotificationObject } from './dto/notification.object';

export const NOTIFICATION_COLUMNS = `n.id, n.recipient_id, n.kind, n.actor_id, cardinality(n.actor_ids) AS count,
  n.subject_kind, n.subject_id, n.post_id, n.path, n.data, n.read_at, n.created_at,
  to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key`;

export interface NotificationRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  actor_id: string | null;
  count: number;
  subject_kind: string | null;
  subject_id: string | null;
  post_id: string | null;
  path: string;
  data: Record<string, unknown>;
  read_at: Date | null;
  created_at: Date;
  created_key: string;
}

export function toNotificationObject(row: NotificationRow): NotificationObject {
  return {
    id: row.id,
    kind: row.kind,
    actorId: row.actor_id,
    subjectKind: row.subject_kind,
    data: row.data,
    count: Math.max(1, row.count),
    path: row.path,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}
