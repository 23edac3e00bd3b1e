/** Notifications: kinds, deliveries, watch levels, the `/notifications` namespace and mention syntax. */
import { LIMITS } from './limits';

export enum NotificationKind {
  REPLY_TO_POST = 'REPLY_TO_POST',
  REPLY_TO_COMMENT = 'REPLY_TO_COMMENT',
  MENTION = 'MENTION',
  REACTION = 'REACTION',
  TESTIMONIAL_PUBLISHED = 'TESTIMONIAL_PUBLISHED',
  MODERATION_OUTCOME = 'MODERATION_OUTCOME',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  URGENT_ESCALATION = 'URGENT_ESCALATION',
  NEW_POST_IN_CATEGORY = 'NEW_POST_IN_CATEGORY',
}

export enum NotificationDelivery {
  IN_APP = 'IN_APP',
  EMAIL_NOW = 'EMAIL_NOW',
  EMAIL_DIGEST = 'EMAIL_DIGEST',
  /** In the app and by web push to each device the member allowed it on. */
  PUSH = 'PUSH',
  OFF = 'OFF',
}

export enum WatchLevel {
  WATCHING = 'WATCHING',
  NORMAL = 'NORMAL',
  MUTED = 'MUTED',
}

/** What a member gets for each kind until they choose otherwise. */
export const DEFAULT_NOTIFICATION_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  REPLY_TO_POST: NotificationDelivery.IN_APP,
  REPLY_TO_COMMENT: NotificationDelivery.IN_APP,
  MENTION: NotificationDelivery.IN_APP,
  REACTION: NotificationDelivery.IN_APP,
  TESTIMONIAL_PUBLISHED: NotificationDelivery.IN_APP,
  MODERATION_OUTCOME: NotificationDelivery.IN_APP,
  FOLLOW_UP_DUE: NotificationDelivery.EMAIL_NOW,
  URGENT_ESCALATION: NotificationDelivery.EMAIL_NOW,
  NEW_POST_IN_CATEGORY: NotificationDelivery.IN_APP,
};

export const NOTIFICATIONS_NAMESPACE = '/notifications';

export const NOTIFICATION_EVENTS = {
  notificationNew: 'notification:new',
  notificationCount: 'notification:count',
  /** Categories or chat rooms were created or changed: lists showing them refetch. */
  catalogChanged: 'catalog:changed',
} as const;

/** Which list changed, in `catalog:changed`. */
export type CatalogName = 'categories' | 'rooms';

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  actor: {
    id: string;
    handle: string;
    bio: string | null;
    journeyStage: string | null;
    role: string;
    createdAt: string;
  } | null;
  count: number;
  summary: string;
  path: string;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationsServerToClientEvents {
  'notification:new': (notification: NotificationDto) => void;
  'notification:count': (payload: { unreadCount: number }) => void;
  'catalog:changed': (payload: { catalog: CatalogName }) => void;
}

/** `@handle` where the character before is not a word character (so e-mail addresses do not count). */
const MENTION_PATTERN = /(^|[^A-Za-z0-9_@-])@([A-Za-z0-9_-]{3,24})(?![A-Za-z0-9_-])/g;

/** The distinct handles mentioned in a text, lower-cased, at most `LIMITS.mention.perText`. */
export function extractMentions(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(MENTION_PATTERN)) {
    found.add(match[2].toLowerCase());
    if (found.size >= LIMITS.mention.perText) break;
  }
  return [...found];
}

/** Splits a text into plain parts and `@handle` parts, for linking mentions to profiles. */
export function splitMentions(text: string): { text: string; handle?: string }[] {
  const parts: { text: string; handle?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const start = (match.index ?? 0) + match[1].length;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: `@${match[2]}`, handle: match[2] });
    last = start + match[2].length + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
