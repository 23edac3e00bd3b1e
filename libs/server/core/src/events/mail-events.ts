/** Emitted when a message is finally sent, kept in the outbox, or has failed every try. */
export const MAIL_SETTLED_EVENT = 'mail.settled';

export interface MailSettledEvent {
  messageId: string;
  userId: string;
  kind: string;
  status: 'SENT' | 'OUTBOX' | 'FAILED';
}

/** Emitted when a member follows an unsubscribe link: `list` is a notification kind or `all`. */
export const MAIL_UNSUBSCRIBED_EVENT = 'mail.unsubscribed';

export interface MailUnsubscribedEvent {
  userId: string;
  list: string;
}
