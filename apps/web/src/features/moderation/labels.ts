import type {
  CasePriority,
  CaseSource,
  CaseStatus,
  ContentKind,
  ModerationAction,
  ReportReason,
  RuleAction,
} from '../../gql/graphql';

export const REASON_OPTIONS: readonly { value: ReportReason; label: string; hint: string }[] = [
  {
    value: 'CRISIS_RISK',
    label: 'Someone may be in crisis',
    hint: 'Talk of suicide, self-harm or being in danger.',
  },
  {
    value: 'HARASSMENT',
    label: 'Harassment or bullying',
    hint: 'Attacks, threats or cruelty towards someone.',
  },
  {
    value: 'DRUG_SOURCING',
    label: 'Buying or selling drugs',
    hint: 'Offers, requests or contacts for ketamine or other drugs.',
  },
  { value: 'MISINFORMATION', label: 'Harmful misinformation', hint: 'Dangerous medical claims or advice.' },
  {
    value: 'PRIVACY_VIOLATION',
    label: 'Someone’s private information',
    hint: 'Names, contacts or details that identify a person.',
  },
  { value: 'SPAM', label: 'Spam or advertising', hint: 'Unwanted promotion or repeated posts.' },
  { value: 'OTHER', label: 'Something else', hint: 'Tell the moderators in the note.' },
];

const REASON_LABELS = Object.fromEntries(REASON_OPTIONS.map((o) => [o.value, o.label])) as Record<
  ReportReason,
  string
>;

export function reasonLabel(reason: ReportReason): string {
  return REASON_LABELS[reason] ?? reason;
}

export const PRIORITY_LABELS: Record<CasePriority, string> = {
  URGENT: 'Urgent',
  HIGH: 'High',
  NORMAL: 'Normal',
  LOW: 'Low',
};

export const STATUS_LABELS: Record<CaseStatus, string> = { OPEN: 'Open', RESOLVED: 'Resolved' };

export const KIND_LABELS: Record<ContentKind, string> = {
  POST: 'Post',
  COMMENT: 'Comment',
  TESTIMONIAL: 'Testimonial',
  CHAT_MESSAGE: 'Chat message',
  USER: 'Member',
  CHECK_IN: 'Follow-up check-in',
};

export const SOURCE_LABELS: Record<CaseSource, string> = {
  USER_REPORT: 'Member report',
  AUTO_FILTER: 'Automatic check',
  NEW_MEMBER_REVIEW: 'New member review',
  TESTIMONIAL_REVIEW: 'Testimonial review',
  MODERATOR: 'Moderator action',
  APPEAL: 'Appeal by the member',
};

export const ACTION_OPTIONS: readonly {
  value: ModerationAction;
  label: string;
  hint: string;
  forContent: boolean;
  /** The two ways to resolve an APPEAL case, and only them. */
  forAppeal?: boolean;
}[] = [
  {
    value: 'APPROVE',
    label: 'Approve',
    hint: 'Publish held content; nothing else changes.',
    forContent: true,
  },
  {
    value: 'DISMISS',
    label: 'Dismiss',
    hint: 'Nothing to act on. The author is not told.',
    forContent: false,
  },
  { value: 'HIDE', label: 'Hide', hint: 'Only the author and moderators can see it.', forContent: true },
  { value: 'REMOVE', label: 'Remove', hint: 'Take it down for breaking the guidelines.', forContent: true },
  {
    value: 'RESTORE',
    label: 'Restore',
    hint: 'Make hidden or removed content visible again.',
    forContent: true,
  },
  {
    value: 'WARN_USER',
    label: 'Warn the member',
    hint: 'Send the member a warning with your note.',
    forContent: false,
  },
  {
    value: 'SUSPEND_USER',
    label: 'Suspend the member',
    hint: 'They can read but not write, for 1 to 365 days.',
    forContent: false,
  },
  { value: 'BAN_USER', label: 'Ban the member', hint: 'They can no longer sign in.', forContent: false },
  {
    value: 'APPEAL_UPHELD',
    label: 'Uphold the decision',
    hint: 'The decision stands; nothing changes. The member is told.',
    forContent: false,
    forAppeal: true,
  },
  {
    value: 'APPEAL_REVERSED',
    label: 'Reverse the decision',
    hint: 'Undo it: content restored, the suspension lifted or the warning withdrawn. The member is told.',
    forContent: false,
    forAppeal: true,
  },
];

/** Actions taken outside a case: thread tools, the admin console, chat mutes. */
const OTHER_ACTION_LABELS: Partial<Record<ModerationAction, string>> = {
  ROLE_CHANGED: 'Role changed',
  STATUS_CHANGED: 'Account status changed',
  CATEGORY_CHANGED: 'Category changed',
  ROOM_CHANGED: 'Room changed',
  MEMBER_MUTED: 'Muted in a room',
};

const ACTION_LABELS = {
  ...OTHER_ACTION_LABELS,
  ...Object.fromEntries(ACTION_OPTIONS.map((o) => [o.value, o.label])),
} as Record<ModerationAction, string>;

export function actionLabel(action: ModerationAction): string {
  return ACTION_LABELS[action] ?? action;
}

export const RULE_ACTION_LABELS: Record<RuleAction, string> = {
  FLAG: 'Flag for a moderator (publishes)',
  HOLD_FOR_REVIEW: 'Hold for review (not published)',
  BLOCK: 'Block (refused, nothing stored)',
};

/** Where a piece of content can be seen in the app, when it can. */
export function contentPath(kind: ContentKind, id: string, context: Record<string, string>): string | null {
  switch (kind) {
    case 'POST':
      return `/forum/p/${id}`;
    case 'COMMENT':
      return context.postId ? `/forum/p/${context.postId}#comment-${id}` : null;
    case 'TESTIMONIAL':
      return `/testimonials/${id}`;
    case 'CHECK_IN':
      return context.testimonialId ? `/testimonials/${context.testimonialId}#check-in-${id}` : null;
    case 'CHAT_MESSAGE':
      return context.roomSlug ? `/rooms/${context.roomSlug}` : null;
    default:
      return null;
  }
}

/** "3 minutes ago", for how long a case has waited. */
/** How long something has lasted, e.g. "20 minutes" (for "public for 20 minutes"). */
export function durationSince(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return 'less than a minute';
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.floor(hours / 24)} days`;
}

export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}

/** Whether a notice's decision can still be appealed (its window has not closed). */
export function canStillAppeal(until: string | null | undefined, now = Date.now()): until is string {
  return !!until && new Date(until).getTime() > now;
}
