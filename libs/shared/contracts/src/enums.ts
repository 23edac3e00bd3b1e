/** Enumerations of the public API, shared by the server and the web app. Values match the GraphQL contract. */

export enum Role {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  BANNED = 'BANNED',
}

export enum JourneyStage {
  EXPLORING = 'EXPLORING',
  IN_TREATMENT = 'IN_TREATMENT',
  MAINTENANCE = 'MAINTENANCE',
  PAST_TREATMENT = 'PAST_TREATMENT',
  CAREGIVER = 'CAREGIVER',
  CLINICIAN = 'CLINICIAN',
}

export enum ContentWarning {
  SUICIDAL_IDEATION = 'SUICIDAL_IDEATION',
  SELF_HARM = 'SELF_HARM',
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  MEDICAL_DETAILS = 'MEDICAL_DETAILS',
  TRAUMA = 'TRAUMA',
  GRIEF = 'GRIEF',
}

export enum ContentStatus {
  PUBLISHED = 'PUBLISHED',
  PENDING_REVIEW = 'PENDING_REVIEW',
  HIDDEN = 'HIDDEN',
  REMOVED = 'REMOVED',
}

export enum ReactionKind {
  SUPPORT = 'SUPPORT',
  HUG = 'HUG',
  RELATE = 'RELATE',
  HELPFUL = 'HELPFUL',
}

export enum PostSort {
  LATEST_ACTIVITY = 'LATEST_ACTIVITY',
  NEWEST = 'NEWEST',
  MOST_SUPPORTED = 'MOST_SUPPORTED',
}

export enum ReactableKind {
  POST = 'POST',
  COMMENT = 'COMMENT',
}

export enum TreatmentModality {
  IV_INFUSION = 'IV_INFUSION',
  IM_INJECTION = 'IM_INJECTION',
  ESKETAMINE_NASAL_SPRAY = 'ESKETAMINE_NASAL_SPRAY',
  ORAL_OR_SUBLINGUAL = 'ORAL_OR_SUBLINGUAL',
  OTHER = 'OTHER',
}

export enum TreatmentSetting {
  CLINIC = 'CLINIC',
  HOSPITAL = 'HOSPITAL',
  SUPERVISED_AT_HOME = 'SUPERVISED_AT_HOME',
  CLINICAL_TRIAL = 'CLINICAL_TRIAL',
  OTHER = 'OTHER',
}

export enum PriorTreatment {
  SSRI = 'SSRI',
  SNRI = 'SNRI',
  TRICYCLIC = 'TRICYCLIC',
  MAOI = 'MAOI',
  ATYPICAL_ANTIDEPRESSANT = 'ATYPICAL_ANTIDEPRESSANT',
  AUGMENTATION = 'AUGMENTATION',
  PSYCHOTHERAPY = 'PSYCHOTHERAPY',
  ECT = 'ECT',
  TMS = 'TMS',
  OTHER = 'OTHER',
}

export enum ReliefOnset {
  WITHIN_HOURS = 'WITHIN_HOURS',
  WITHIN_DAYS = 'WITHIN_DAYS',
  WITHIN_WEEKS = 'WITHIN_WEEKS',
  NO_RELIEF = 'NO_RELIEF',
}

export enum ReliefDuration {
  DAYS = 'DAYS',
  WEEKS = 'WEEKS',
  MONTHS = 'MONTHS',
  ONGOING = 'ONGOING',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum SideEffect {
  DISSOCIATION = 'DISSOCIATION',
  NAUSEA = 'NAUSEA',
  DIZZINESS = 'DIZZINESS',
  ELEVATED_BLOOD_PRESSURE = 'ELEVATED_BLOOD_PRESSURE',
  SEDATION = 'SEDATION',
  HEADACHE = 'HEADACHE',
  ANXIETY = 'ANXIETY',
  BLURRED_VISION = 'BLURRED_VISION',
  OTHER = 'OTHER',
}

export enum TestimonialStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ContentKind {
  POST = 'POST',
  COMMENT = 'COMMENT',
  TESTIMONIAL = 'TESTIMONIAL',
  CHAT_MESSAGE = 'CHAT_MESSAGE',
  USER = 'USER',
  CHECK_IN = 'CHECK_IN',
}

export enum ReportReason {
  CRISIS_RISK = 'CRISIS_RISK',
  HARASSMENT = 'HARASSMENT',
  SPAM = 'SPAM',
  MISINFORMATION = 'MISINFORMATION',
  DRUG_SOURCING = 'DRUG_SOURCING',
  PRIVACY_VIOLATION = 'PRIVACY_VIOLATION',
  OTHER = 'OTHER',
}

export enum CaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

export enum CasePriority {
  URGENT = 'URGENT',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
  LOW = 'LOW',
}

export enum CaseSource {
  USER_REPORT = 'USER_REPORT',
  AUTO_FILTER = 'AUTO_FILTER',
  NEW_MEMBER_REVIEW = 'NEW_MEMBER_REVIEW',
  TESTIMONIAL_REVIEW = 'TESTIMONIAL_REVIEW',
  /** A moderator acted on the content directly (moderatePost, moderateComment). */
  MODERATOR = 'MODERATOR',
  /** The member appealed a moderation decision about their content or account. */
  APPEAL = 'APPEAL',
}

export enum ModerationAction {
  APPROVE = 'APPROVE',
  DISMISS = 'DISMISS',
  HIDE = 'HIDE',
  REMOVE = 'REMOVE',
  RESTORE = 'RESTORE',
  WARN_USER = 'WARN_USER',
  SUSPEND_USER = 'SUSPEND_USER',
  BAN_USER = 'BAN_USER',
  /** A moderator pinned or unpinned a post in its category. */
  POST_PINNED = 'POST_PINNED',
  /** A moderator locked or unlocked a post's comments. */
  POST_LOCKED = 'POST_LOCKED',
  /** A moderator moved a post to another category. */
  POST_MOVED = 'POST_MOVED',
  /** An administrator changed a member's role. */
  ROLE_CHANGED = 'ROLE_CHANGED',
  /** A moderator or administrator changed a member's account status (active, suspended, banned). */
  STATUS_CHANGED = 'STATUS_CHANGED',
  /** An administrator created or changed a forum category (name, description, place, archived). */
  CATEGORY_CHANGED = 'CATEGORY_CHANGED',
  /** A chat room was created or changed (details, lock, slow mode). */
  ROOM_CHANGED = 'ROOM_CHANGED',
  /** A moderator muted a member in a chat room. */
  MEMBER_MUTED = 'MEMBER_MUTED',
  /** A moderator upheld a member's appeal: the decision stands. */
  APPEAL_UPHELD = 'APPEAL_UPHELD',
  /** A moderator reversed the decision a member appealed: its effect is undone. */
  APPEAL_REVERSED = 'APPEAL_REVERSED',
  /** The automatic checks held content for a moderator (the member is told why). */
  HELD_FOR_REVIEW = 'HELD_FOR_REVIEW',
  /** A moderator opened a private support room with a member. */
  REACHED_OUT = 'REACHED_OUT',
}

export enum AppealStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  REVERSED = 'REVERSED',
}

export enum RuleAction {
  FLAG = 'FLAG',
  HOLD_FOR_REVIEW = 'HOLD_FOR_REVIEW',
  BLOCK = 'BLOCK',
}

export enum ChatMessageStatus {
  VISIBLE = 'VISIBLE',
  REMOVED = 'REMOVED',
}

/** Error codes carried in GraphQL `extensions.code` and in Socket.IO acknowledgements. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The request itself is malformed (not a GraphQL request, batched, CSRF, wrong HTTP method). */
  BAD_REQUEST = 'BAD_REQUEST',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database is unreachable or restarting: try again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export enum StillRelieved {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}

export enum MoodScale {
  PHQ9 = 'PHQ9',
  ZERO_TO_TEN = 'ZERO_TO_TEN',
}

/** Crisis risk on the C-SSRS ladder plus self-harm and finality (see @haven/shared/safety). */
export enum RiskLevel {
  NONE = 'NONE',
  /** Hopelessness, burden, a wish to be dead or not wake up, passive ideation. */
  CONCERN = 'CONCERN',
  /** Active ideation, self-harm acts, a method named. */
  HIGH = 'HIGH',
  /** A plan with means, time or place; preparatory acts; farewells; an act in progress. */
  IMMINENT = 'IMMINENT',
}

/** A moderator's verdict on an automatic detection. */
export enum DetectionVerdict {
  CORRECT = 'CORRECT',
  FALSE_ALARM = 'FALSE_ALARM',
  MISSED = 'MISSED',
}
