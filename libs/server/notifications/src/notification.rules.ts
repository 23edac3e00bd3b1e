import { NotificationKind, ReactionKind } from '@haven/shared/contracts';

/**
 * The words of notifications. They name who acted and what happened, never what anyone wrote: the
 * same text may reach a lock screen, and the content may have been hidden since.
 */

const REACTION_WORDS: Record<ReactionKind, { one: string; many: string }> = {
  SUPPORT: { one: 'sent support to', many: 'sent support to' },
  HUG: { one: 'sent a hug for', many: 'sent hugs for' },
  RELATE: { one: 'relates to', many: 'relate to' },
  HELPFUL: { one: 'found helpful', many: 'found helpful' },
};

const SUBJECT_NAMES: Record<string, string> = {
  POST: 'post',
  COMMENT: 'comment',
  CHAT_MESSAGE: 'chat message',
  TESTIMONIAL: 'testimonial',
};

export interface SummaryFacts {
  kind: string;
  actorHandle: string | null;
  count: number;
  subjectKind: string | null;
  data: Record<string, unknown>;
}

const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim().length > 0 ? value.trim().slice(0, max) : null;

/** The one-line text of a notification for the list and the live event. */
export function summarize(facts: SummaryFacts): string {
  const who = facts.actorHandle ? `@${facts.actorHandle}` : 'Someone';
  const subject = SUBJECT_NAMES[facts.subjectKind ?? ''] ?? 'post';
  switch (facts.kind) {
    case NotificationKind.REPLY_TO_POST:
      return facts.data.own === false
        ? `${who} replied in a thread you follow`
        : `${who} replied to your post`;
    case NotificationKind.REPLY_TO_COMMENT:
      return `${who} replied to your comment`;
    case NotificationKind.MENTION:
      return `${who} mentioned you in a ${subject}`;
    case NotificationKind.REACTION: {
      const words = REACTION_WORDS[facts.data.reaction as ReactionKind] ?? REACTION_WORDS.SUPPORT;
      return facts.count > 1
        ? `${facts.count} people ${words.many} your ${subject}`
        : `${who} ${words.one} your ${subject}`;
    }
    case NotificationKind.TESTIMONIAL_PUBLISHED:
      return 'Your testimonial was published';
    case NotificationKind.MODERATION_OUTCOME:
      return text(facts.data.message, 300) ?? 'A moderator acted on something you shared';
    case NotificationKind.NEW_POST_IN_CATEGORY: {
      const category = text(facts.data.categoryName, 60);
      return category ? `${who} posted in ${category}` : `${who} posted in a category you watch`;
    }
    case NotificationKind.FOLLOW_UP_DUE:
      return text(facts.data.summary, 200) ?? 'A follow-up on your testimonial is due';
    case NotificationKind.URGENT_ESCALATION:
      return text(facts.data.summary, 200) ?? 'An urgent case is waiting for a moderator';
    default:
      return text(facts.data.summary, 200) ?? 'Something new on Haven';
  }
}

/** Where a notification leads inside the web app. */
export function pathFor(subject: { kind: string; id: string } | null, data: Record<string, unknown>): string {
  const explicit = text(data.path, 300);
  if (explicit && explicit.startsWith('/') && !explicit.startsWith('//')) return explicit;
  const postId = text(data.postId, 36);
  switch (subject?.kind) {
    case 'POST':
      return `/forum/p/${subject.id}`;
    case 'COMMENT':
      return postId ? `/forum/p/${postId}#comment-${subject.id}` : '/notifications';
    case 'TESTIMONIAL':
      return `/testimonials/${subject.id}`;
    case 'CHAT_MESSAGE':
      return text(data.roomSlug, 80) ? `/rooms/${String(data.roomSlug)}` : '/rooms';
    default:
      return '/notifications';
  }
}

/**
 * The subject line and preview of a notification e-mail: what happened, never content or health details.
 * `ownPost` is false for a reply in a thread the member follows but did not start.
 */
export function emailSubject(kind: string, ownPost = true): string {
  switch (kind) {
    case NotificationKind.REPLY_TO_POST:
      return ownPost
        ? 'Someone replied to your post on Haven'
        : 'Someone replied in a thread you follow on Haven';
    case NotificationKind.REPLY_TO_COMMENT:
      return 'Someone replied to your comment on Haven';
    case NotificationKind.MENTION:
      return 'Someone mentioned you on Haven';
    case NotificationKind.REACTION:
      return 'Someone reacted to what you shared on Haven';
    case NotificationKind.TESTIMONIAL_PUBLISHED:
      return 'Your testimonial was published on Haven';
    case NotificationKind.MODERATION_OUTCOME:
      return 'A message from the Haven moderators';
    case NotificationKind.NEW_POST_IN_CATEGORY:
      return 'A new post in a category you watch on Haven';
    case NotificationKind.FOLLOW_UP_DUE:
      return 'A follow-up is waiting for you on Haven';
    case NotificationKind.URGENT_ESCALATION:
      return 'An urgent case is waiting on Haven';
    default:
      return 'Something new for you on Haven';
  }
}

/** Content kinds whose notifications never show who acted. */
export function hidesActor(subjectKind: string | null): boolean {
  return subjectKind === 'TESTIMONIAL';
}

export const KNOWN_KINDS = new Set<string>(Object.values(NotificationKind));

const DIGEST_WORDS: Record<string, [string, string]> = {
  REPLY_TO_POST: ['reply to your posts or threads you follow', 'replies to your posts or threads you follow'],
  REPLY_TO_COMMENT: ['reply to your comments', 'replies to your comments'],
  MENTION: ['mention of you', 'mentions of you'],
  REACTION: ['new reaction to what you shared', 'new reactions to what you shared'],
  TESTIMONIAL_PUBLISHED: ['testimonial of yours published', 'testimonials of yours published'],
  MODERATION_OUTCOME: ['message from the moderators', 'messages from the moderators'],
  NEW_POST_IN_CATEGORY: ['new post in categories you watch', 'new posts in categories you watch'],
  FOLLOW_UP_DUE: ['follow-up waiting for you', 'follow-ups waiting for you'],
  URGENT_ESCALATION: ['urgent case waiting', 'urgent cases waiting'],
};

/** The lines of a digest: how many of each kind, in the contract's order, never what anyone wrote. */
export function digestLines(counts: readonly { kind: string; count: number }[]): string[] {
  const order = Object.keys(DIGEST_WORDS);
  return [...counts]
    .filter((c) => c.count > 0)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((c) => {
      const [one, many] = DIGEST_WORDS[c.kind] ?? ['notification', 'notifications'];
      return `${c.count} ${c.count === 1 ? one : many}`;
    });
}
