import type {
  CasePriority,
  ContentKind,
  ContentWarning,
  ModerationAction,
  RiskLevel,
} from '@haven/shared/contracts';

/** One reason a detector fired (crisis or sourcing), with the words that fired it. */
export interface DetectionSignal {
  detector: string;
  category: string;
  label: string;
  span: string;
}

/** What the safety checks concluded about a piece of content (see SafetyService in @haven/server/safety). */
export interface SafetyAssessment {
  /** Crisis risk (CONCERN and above): the author is shown resources, a case opens, the content still publishes. */
  crisisDetected: boolean;
  /** The graded crisis risk; absent means NONE, or HIGH when `crisisDetected` (assessments made before grading). */
  riskLevel?: RiskLevel;
  /** The risk is someone else's: the writer is a caregiver. */
  thirdParty?: boolean;
  /** Why the detectors fired, for moderators. */
  signals?: DetectionSignal[];
  /** Held for a moderator (drug sourcing, a HOLD_FOR_REVIEW rule, links in a new member's first posts). */
  heldForReview: boolean;
  /** A BLOCK rule matched: the write is refused and nothing is stored. */
  blocked: boolean;
  /** Names of what matched: 'crisis-language', 'drug-sourcing', 'new-member-links', or a rule's name. */
  autoFlags: string[];
  /** The highest priority among the matches; null when nothing needs a human. */
  priority: CasePriority | null;
  /** Content warnings the content should carry (e.g. SUICIDAL_IDEATION on crisis language). */
  addWarnings: ContentWarning[];
}

/**
 * Emitted (with `EventEmitter2.emitAsync`) by every content domain after it stores or edits content,
 * so moderation can open or update cases without knowing the domain's tables.
 */
export const CONTENT_SUBMITTED_EVENT = 'content.submitted';

export interface ContentSubmittedEvent {
  kind: ContentKind;
  id: string;
  authorId: string;
  /** Plain text for the queue (title + body for a post), at most ~500 characters. */
  excerpt: string;
  assessment: SafetyAssessment;
  edited: boolean;
  /** 'NEW_MEMBER': one of a new member's first three posts; 'TESTIMONIAL': a testimonial awaiting review. */
  review?: 'NEW_MEMBER' | 'TESTIMONIAL';
  /** For chat messages: the room. */
  roomId?: string;
}

/**
 * Emitted by a content domain when a moderator acts on content directly, outside a queue case
 * (e.g. removing a chat message from the room), so the action reaches the append-only moderation log.
 */
export const MODERATION_ACTION_TAKEN_EVENT = 'moderation.action-taken';

export interface ModerationActionTakenEvent {
  actorId: string;
  action: ModerationAction;
  /** Null for actions on something that is not content (a category, a room, an account's role, a mute). */
  contentKind: ContentKind | null;
  /** The content's id; for a category or a room, its id (with `contentKind` null). */
  contentId: string | null;
  targetUserId: string | null;
  note: string | null;
  /** For a suspension: when it ends. */
  suspendedUntil?: Date | null;
  /** What the member (`targetUserId`) is told in their notices, when they are told. */
  notice?: MemberNoticeRequest;
}

/** A moderation notice to the member concerned; `endsAt` is when it stops applying (a mute's end). */
export interface MemberNoticeRequest {
  message: string;
  endsAt: Date | null;
}

/** Emitted when an author takes their own content down (e.g. withdraws a testimonial): its open case closes. */
export const CONTENT_WITHDRAWN_EVENT = 'content.withdrawn';

export interface ContentWithdrawnEvent {
  kind: ContentKind;
  id: string;
}
