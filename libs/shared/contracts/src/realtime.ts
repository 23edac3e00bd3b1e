/** Socket.IO event names and payloads (see the real-time contract). Dates travel as ISO-8601 strings. */
import type {
  ChatMessageStatus,
  ErrorCode,
  Role,
  JourneyStage,
  CaseStatus,
  CasePriority,
  RiskLevel,
} from './enums';

export const CHAT_NAMESPACE = '/chat';
export const MODERATION_NAMESPACE = '/moderation';

export interface UserDto {
  id: string;
  handle: string;
  bio: string | null;
  journeyStage: JourneyStage | null;
  role: Role;
  createdAt: string;
}

export interface CrisisResourceDto {
  region: string;
  name: string;
  phone: string | null;
  sms: string | null;
  url: string | null;
}

export interface SafetySignalDto {
  detector: string;
  category: string;
  label: string;
  span: string;
}

export interface SafetyCheckDto {
  crisisDetected: boolean;
  heldForReview: boolean;
  resources: CrisisResourceDto[];
  riskLevel: RiskLevel;
  signals: SafetySignalDto[];
  /** The risk is someone else's: the resources address the writer as a caregiver. */
  thirdParty: boolean;
  message: string | null;
}

export interface ChatRoomDto {
  id: string;
  slug: string;
  name: string;
  description: string;
  locked: boolean;
  slowModeSeconds: number;
  onlineCount: number;
  /** A private support room between a moderator and one member. */
  private?: boolean;
}

export interface ChatMessageDto {
  id: string;
  roomId: string;
  author: UserDto;
  body: string;
  status: ChatMessageStatus;
  clientMessageId: string | null;
  createdAt: string;
  /** Held for a moderator: only its author (and moderators) can see it until it is approved. */
  heldForReview: boolean;
  /** Moderators only (absent for everyone else): the safety check found crisis language in it. */
  crisis?: boolean;
}

export interface ModerationCaseEventDto {
  id: string;
  status: CaseStatus;
  priority: CasePriority;
  [field: string]: unknown;
}

export interface AckError {
  ok: false;
  /** `details` carries extra facts, e.g. `retryAfterSeconds` with RATE_LIMITED. */
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}
export type Ack<T extends object = object> = ({ ok: true } & T) | AckError;

export interface ChatClientToServerEvents {
  /** `olderCursor`: pass it as `before` to the chatMessages query for the messages before `recent`; null when there are none. */
  'room:join': (
    payload: { roomId: string },
    ack: (
      res: Ack<{
        room: ChatRoomDto;
        recent: ChatMessageDto[];
        olderCursor: string | null;
        /** Set while a moderator has muted the joining member in this room (ISO-8601). */
        mutedUntil?: string | null;
      }>,
    ) => void,
  ) => void;
  'room:leave': (payload: { roomId: string }, ack: (res: Ack) => void) => void;
  'message:send': (
    payload: { roomId: string; clientMessageId: string; body: string },
    ack: (res: Ack<{ message: ChatMessageDto; safety: SafetyCheckDto }>) => void,
  ) => void;
  typing: (payload: { roomId: string }, ack: (res: Ack) => void) => void;
}

export interface ChatServerToClientEvents {
  'message:new': (message: ChatMessageDto) => void;
  'message:removed': (payload: { id: string; roomId: string }) => void;
  /** A message became visible again (restored, or approved after being held for review). */
  'message:updated': (message: ChatMessageDto) => void;
  /** `degraded`: the shared store is away, so the count covers this server's members only. */
  presence: (payload: { roomId: string; onlineCount: number; degraded?: boolean }) => void;
  typing: (payload: { roomId: string; user: UserDto }) => void;
  'room:updated': (room: ChatRoomDto) => void;
  /** To the muted member only, on every instance: a moderator muted them in this room until `mutedUntil` (ISO-8601). */
  'mute:notice': (payload: MuteNoticeDto) => void;
  /** To moderators in the room only: this message carries crisis language (reach out to its author). */
  'message:crisis': (payload: { id: string; roomId: string }) => void;
}

export interface MuteNoticeDto {
  roomId: string;
  mutedUntil: string;
  /** What the member is told, without the end time (the web formats that in the member's own time zone). */
  reason: string;
}

export interface ModerationServerToClientEvents {
  'case:opened': (moderationCase: ModerationCaseEventDto) => void;
  'case:updated': (moderationCase: ModerationCaseEventDto) => void;
  /** An URGENT case stayed unclaimed past the escalation time. */
  'case:escalated': (moderationCase: ModerationCaseEventDto) => void;
}

export const CHAT_EVENTS = {
  join: 'room:join',
  leave: 'room:leave',
  send: 'message:send',
  typing: 'typing',
  messageNew: 'message:new',
  messageRemoved: 'message:removed',
  messageUpdated: 'message:updated',
  presence: 'presence',
  roomUpdated: 'room:updated',
  muteNotice: 'mute:notice',
  messageCrisis: 'message:crisis',
} as const;

export const MODERATION_EVENTS = {
  caseOpened: 'case:opened',
  caseUpdated: 'case:updated',
  caseEscalated: 'case:escalated',
} as const;
