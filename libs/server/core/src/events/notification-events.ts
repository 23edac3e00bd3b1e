/**
 * Asking for a notification. Other domains never write notification tables; they emit this event and
 * the notifications domain decides delivery (in-app, live, e-mail, digest) from the member's preferences.
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
