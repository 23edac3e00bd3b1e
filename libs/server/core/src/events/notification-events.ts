/**
 * Other domains never write notification tables: they emit this event and the notifications domain
 * decides who is told, how and when.
 */
export const NOTIFICATION_REQUESTED_EVENT = 'notification.requested';

export interface NotificationRequest {
  recipientIds: string[];
  kind: string;
  actorId: string | null;
  subject: { kind: string; id: string } | null;
  data?: Record<string, unknown>;
  /** Deliver in-app, live and by e-mail at once, whatever the member's digest preference. */
  urgent?: boolean;
}
