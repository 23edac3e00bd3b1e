import {
  CasePriority,
  CaseSource,
  ContentKind,
  LIMITS,
  ModerationAction,
  ReportReason,
  RiskLevel,
} from '@haven/shared/contracts';
import { BadInputError, type DetectionSignal, type SafetyAssessment } from '@haven/server/core';

/** Within a priority, IMMINENT first, then HIGH, CONCERN, and cases without a grade. */
export const RISK_RANK: Record<RiskLevel, number> = {
  [RiskLevel.IMMINENT]: 0,
  [RiskLevel.HIGH]: 1,
  [RiskLevel.CONCERN]: 2,
  [RiskLevel.NONE]: 3,
};
export const NO_RISK_RANK = 3;

/** The graded level of an assessment (older assessments carry only `crisisDetected`). */
export function riskLevelOf(assessment: SafetyAssessment): RiskLevel {
  return assessment.riskLevel ?? (assessment.crisisDetected ? RiskLevel.HIGH : RiskLevel.NONE);
}

/** The queue priority crisis risk asks for: a check-in for CONCERN, URGENT for HIGH and IMMINENT. */
export function priorityForRisk(level: RiskLevel): CasePriority | null {
  if (level === RiskLevel.CONCERN) return CasePriority.NORMAL;
  if (level === RiskLevel.HIGH || level === RiskLevel.IMMINENT) return CasePriority.URGENT;
  return null;
}

/** Queue order: URGENT first. The rank is stored beside the priority so the queue index can sort by it. */
export const PRIORITY_RANK: Record<CasePriority, number> = {
  [CasePriority.URGENT]: 0,
  [CasePriority.HIGH]: 1,
  [CasePriority.NORMAL]: 2,
  [CasePriority.LOW]: 3,
};

const BY_RANK = Object.fromEntries(Object.entries(PRIORITY_RANK).map(([p, r]) => [r, p])) as Record<
  number,
  CasePriority
>;

export function priorityOfRank(rank: number): CasePriority {
  return BY_RANK[rank] ?? CasePriority.NORMAL;
}

/** The more pressing of two priorities (a joined case keeps the higher one). */
export function higherPriority(a: CasePriority, b: CasePriority): CasePriority {
  return PRIORITY_RANK[a] <= PRIORITY_RANK[b] ? a : b;
}

/** What a member's report means for the queue: crisis is URGENT, sourcing and harassment HIGH. */
export function priorityForReason(reason: ReportReason): CasePriority {
  switch (reason) {
    case ReportReason.CRISIS_RISK:
      return CasePriority.URGENT;
    case ReportReason.DRUG_SOURCING:
    case ReportReason.HARASSMENT:
      return CasePriority.HIGH;
    default:
      return CasePriority.NORMAL;
  }
}

/** What a piece of content brings to the queue: a priority, why, and which automatic checks matched. */
export interface CaseSignal {
  priority: CasePriority;
  sources: CaseSource[];
  autoFlags: string[];
  /** The graded crisis risk and the detectors' signals (absent for reports). */
  riskLevel?: RiskLevel | null;
  signals?: DetectionSignal[];
}

/**
 * The actions that count against a member: their content hidden or removed, a warning, a chat mute, a
 * suspension or a ban. Approvals, dismissals, restorations, reactivations and thread tools do not.
 */
export const ACTIONS_AGAINST_MEMBER: readonly ModerationAction[] = [
  ModerationAction.HIDE,
  ModerationAction.REMOVE,
  ModerationAction.WARN_USER,
  ModerationAction.MEMBER_MUTED,
  ModerationAction.SUSPEND_USER,
  ModerationAction.BAN_USER,
];

/**
 * Whether newly submitted content needs a human, and how pressing it is:
 * crisis risk by its level (CONCERN NORMAL, HIGH and IMMINENT URGENT); held content (drug sourcing, a
 * HOLD rule) HIGH or the rule's priority;
 * FLAG rules their priority; a new member's first posts LOW; a testimonial awaiting review NORMAL.
 * Null when nothing needs a human.
 */
export function signalForSubmission(
  assessment: SafetyAssessment,
  review: 'NEW_MEMBER' | 'TESTIMONIAL' | undefined,
): CaseSignal | null {
  const candidates: CasePriority[] = [];
  const sources = new Set<CaseSource>();
  const autoFlags = [...new Set(assessment.autoFlags)];

  const riskLevel = riskLevelOf(assessment);
  const crisisPriority = priorityForRisk(riskLevel);
  if (crisisPriority !== null) {
    candidates.push(crisisPriority);
    sources.add(CaseSource.AUTO_FILTER);
    if (!autoFlags.includes('crisis-language')) autoFlags.unshift('crisis-language');
  }
  if (assessment.heldForReview) {
    const onlyNewMemberLinks = autoFlags.length > 0 && autoFlags.every((f) => f === 'new-member-links');
    candidates.push(assessment.priority ?? (onlyNewMemberLinks ? CasePriority.LOW : CasePriority.HIGH));
    sources.add(CaseSource.AUTO_FILTER);
  } else if (assessment.priority) {
    candidates.push(assessment.priority);
    sources.add(CaseSource.AUTO_FILTER);
  }
  if (review === 'NEW_MEMBER') {
    candidates.push(CasePriority.LOW);
    sources.add(CaseSource.NEW_MEMBER_REVIEW);
  }
  if (review === 'TESTIMONIAL') {
    candidates.push(CasePriority.NORMAL);
    sources.add(CaseSource.TESTIMONIAL_REVIEW);
  }
  if (candidates.length === 0) return null;
  return {
    priority: candidates.reduce(higherPriority),
    sources: [...sources],
    autoFlags,
    riskLevel,
    signals: assessment.signals ?? [],
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function requireId(value: unknown, what = 'id'): string {
  if (!isUuid(value)) throw new BadInputError(`That ${what} is not valid.`, { field: what });
  return value.toLowerCase();
}

function requireEnum<T extends string>(enumObject: Record<string, T>, value: unknown, field: string): T {
  const values = Object.values(enumObject);
  if (typeof value !== 'string' || !values.includes(value as T)) {
    throw new BadInputError(`\`${field}\` must be one of ${values.join(', ')}.`, { field });
  }
  return value as T;
}

/** Trims an optional note; empty means none. */
export function optionalNote(value: unknown, max: number, field = 'note'): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new BadInputError(`\`${field}\` must be text.`, { field });
  const note = value.trim();
  if (note.length > max) {
    throw new BadInputError(`A note has at most ${max} characters.`, { field, max });
  }
  return note.length > 0 ? note : null;
}

export interface ReportRequest {
  contentKind: ContentKind;
  contentId: string;
  reason: ReportReason;
  note: string | null;
}

export function validateReport(input: {
  contentKind: unknown;
  contentId: unknown;
  reason: unknown;
  note?: unknown;
}): ReportRequest {
  return {
    contentKind: requireEnum(ContentKind, input.contentKind, 'contentKind'),
    contentId: requireId(input.contentId, 'contentId'),
    reason: requireEnum(ReportReason, input.reason, 'reason'),
    note: optionalNote(input.note, LIMITS.report.noteMax),
  };
}

/** The actions that resolve a case; the others (pinning, locking, moving) are logged by their own tools. */
export const RESOLVE_ACTIONS: ReadonlySet<ModerationAction> = new Set([
  ModerationAction.APPROVE,
  ModerationAction.DISMISS,
  ModerationAction.HIDE,
  ModerationAction.REMOVE,
  ModerationAction.RESTORE,
  ModerationAction.WARN_USER,
  ModerationAction.SUSPEND_USER,
  ModerationAction.BAN_USER,
  ModerationAction.APPEAL_UPHELD,
  ModerationAction.APPEAL_REVERSED,
]);

export interface ResolveRequest {
  action: ModerationAction;
  note: string | null;
  suspendDays: number | null;
}

export function validateResolve(input: {
  action: unknown;
  note?: unknown;
  suspendDays?: unknown;
}): ResolveRequest {
  const action = requireEnum(ModerationAction, input.action, 'action');
  if (!RESOLVE_ACTIONS.has(action)) {
    throw new BadInputError(`${action} is not a way to resolve a case.`, { field: 'action' });
  }
  const note = optionalNote(input.note, LIMITS.moderation.noteMax);
  const { suspendDaysMin: min, suspendDaysMax: max } = LIMITS.moderation;
  const days = input.suspendDays ?? null;
  if (action === ModerationAction.SUSPEND_USER) {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < min || days > max) {
      throw new BadInputError(`A suspension lasts ${min} to ${max} days: give \`suspendDays\`.`, {
        field: 'suspendDays',
        min,
        max,
      });
    }
    return { action, note, suspendDays: days };
  }
  if (days !== null) {
    throw new BadInputError('`suspendDays` is only for SUSPEND_USER.', { field: 'suspendDays' });
  }
  return { action, note, suspendDays: null };
}

/** Actions that change the content itself, through its domain's handler. */
export const CONTENT_ACTIONS: ReadonlySet<ModerationAction> = new Set([
  ModerationAction.APPROVE,
  ModerationAction.HIDE,
  ModerationAction.REMOVE,
  ModerationAction.RESTORE,
]);

/** Actions on the author's account. */
export const USER_ACTIONS: ReadonlySet<ModerationAction> = new Set([
  ModerationAction.WARN_USER,
  ModerationAction.SUSPEND_USER,
  ModerationAction.BAN_USER,
]);

const KIND_NAMES: Record<ContentKind, string> = {
  [ContentKind.POST]: 'post',
  [ContentKind.COMMENT]: 'comment',
  [ContentKind.TESTIMONIAL]: 'testimonial',
  [ContentKind.CHAT_MESSAGE]: 'chat message',
  [ContentKind.USER]: 'profile',
  [ContentKind.CHECK_IN]: 'follow-up check-in',
};

export function kindName(kind: ContentKind): string {
  return KIND_NAMES[kind];
}

/**
 * What the affected member is told after an action; null when they are not told (a dismissed report
 * says nothing, so members never learn who reported what).
 */
export function noticeMessage(
  action: ModerationAction,
  kind: ContentKind,
  suspendedUntil: Date | null,
): string | null {
  const what = `your ${kindName(kind)}`;
  switch (action) {
    case ModerationAction.APPROVE:
      return `A moderator reviewed ${what} and published it.`;
    case ModerationAction.HIDE:
      return `A moderator hid ${what}. It is no longer visible to others.`;
    case ModerationAction.REMOVE:
      return `A moderator removed ${what} because it goes against the community guidelines.`;
    case ModerationAction.RESTORE:
      return `A moderator restored ${what}. It is visible again.`;
    case ModerationAction.WARN_USER:
      return 'A moderator has sent you a warning about something you shared. Please read the community guidelines.';
    case ModerationAction.SUSPEND_USER:
      return `Your account is suspended until ${suspendedUntil?.toISOString() ?? 'further notice'}. You can read but not post.`;
    case ModerationAction.BAN_USER:
      return 'Your account has been banned for repeated or serious breaches of the community guidelines.';
    default:
      return null;
  }
}

/** Why the automatic checks held content, as its author is told (the first flag that explains it). */
export function holdReason(autoFlags: readonly string[]): string {
  if (autoFlags.includes('drug-sourcing')) return 'this looked like selling or buying medicine';
  if (autoFlags.includes('new-member-links')) return 'links in your first posts wait for a moderator';
  if (autoFlags.includes('safety-check-failed'))
    return 'our automatic check could not run, so a moderator reads it first';
  return 'it matched one of the community’s automatic checks';
}

/** What the author of held content is told: that it waits for review, and why. */
export function holdNoticeMessage(kind: ContentKind, autoFlags: readonly string[]): string {
  const what = kindName(kind);
  return `Your ${what} is waiting for review: ${holdReason(autoFlags)}. A moderator will look at it soon; until then only you can see it.`;
}

/** The plain-text excerpt shown in the queue. */
export function toExcerpt(text: string, max = 500): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
