import type { ChatMessageDto, ChatRoomDto, CrisisResourceDto, UserDto } from '@haven/shared/contracts';
import {
  localEntry,
  markRemoved,
  mergeStored,
  newestStored,
  updateEntry,
  type ChatEntry,
  type StoredMessage,
} from './chat-entries';

/** connecting: first connection; online: joined; reconnecting: lost and trying again; refused: will not retry. */
export type Connection = 'connecting' | 'online' | 'reconnecting' | 'refused';

export interface RoomState {
  connection: Connection;
  /** Why the connection was refused, for the member. */
  refusal: string | null;
  room: ChatRoomDto;
  entries: ChatEntry[];
  /** Cursor for the page before the oldest message shown; null when there is nothing older. */
  olderCursor: string | null;
  /** Members typing now: id → handle and until when. */
  typing: Record<string, { handle: string; until: number }>;
  /** Crisis resources from the server's safety check of messages of ours, by message id. */
  crisis: Record<string, CrisisResourceDto[]>;
  /** The message whose crisis resources are shown beside it now (until dismissed). */
  crisisOpen: string | null;
  /** While a moderator has muted us in this room: until when (ISO-8601), and what we are told. */
  mute: { until: string; reason: string } | null;
}

export type RoomAction =
  | { type: 'connection'; connection: Connection; refusal?: string }
  | {
      type: 'joined';
      room: ChatRoomDto;
      recent: ChatMessageDto[];
      olderCursor: string | null;
      mutedUntil?: string | null;
    }
  | { type: 'muted'; until: string; reason: string }
  | { type: 'mute-ended' }
  | { type: 'stored'; messages: (StoredMessage | ChatMessageDto)[] }
  | { type: 'older'; messages: StoredMessage[]; olderCursor: string | null }
  | { type: 'removed'; id: string }
  | { type: 'crisis-marked'; id: string }
  | { type: 'presence'; onlineCount: number }
  | { type: 'room'; room: Partial<ChatRoomDto> }
  | { type: 'typing'; user: UserDto; now: number }
  | { type: 'typing-expired'; now: number }
  | { type: 'sending'; clientMessageId: string; body: string; author: ChatEntry['author'] }
  | { type: 'retrying'; clientMessageId: string }
  | { type: 'failed'; clientMessageId: string; error: string; final?: boolean }
  | { type: 'discard'; clientMessageId: string }
  | { type: 'crisis'; messageId: string; resources: CrisisResourceDto[] }
  | { type: 'crisis-shown'; messageId: string | null };

const TYPING_SHOWN_MS = 4_000;

export function initialRoomState(room: ChatRoomDto): RoomState {
  return {
    connection: 'connecting',
    refusal: null,
    room,
    entries: [],
    olderCursor: null,
    typing: {},
    crisis: {},
    crisisOpen: null,
    mute: null,
  };
}

const MUTE_REASON = 'A moderator has muted you in this room for a while. You can still read along.';

const ownLocal = (clientMessageId: string) => (e: ChatEntry) =>
  e.id === null && e.clientMessageId === clientMessageId;

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'connection':
      return { ...state, connection: action.connection, refusal: action.refusal ?? null };
    case 'joined': {
      // After a long absence the newest page may not reach what is shown: start again from it.
      const shown = newestStored(state.entries);
      const oldestRecent = action.recent[0];
      const gap =
        !!shown && !!oldestRecent && action.olderCursor !== null && oldestRecent.createdAt > shown.createdAt;
      const base =
        state.entries.length === 0 || gap ? state.entries.filter((e) => e.id === null) : state.entries;
      const firstJoin = !shown || gap;
      return {
        ...state,
        connection: 'online',
        refusal: null,
        room: action.room,
        entries: mergeStored(base, action.recent),
        olderCursor: firstJoin ? action.olderCursor : state.olderCursor,
        mute: action.mutedUntil
          ? { until: action.mutedUntil, reason: state.mute?.reason ?? MUTE_REASON }
          : null,
      };
    }
    case 'muted':
      return { ...state, mute: { until: action.until, reason: action.reason } };
    case 'mute-ended':
      return state.mute ? { ...state, mute: null } : state;
    case 'stored': {
      // Someone whose message just arrived has stopped typing it.
      const authors = new Set(action.messages.map((m) => m.author.id));
      const typing = Object.fromEntries(Object.entries(state.typing).filter(([id]) => !authors.has(id)));
      return { ...state, entries: mergeStored(state.entries, action.messages), typing };
    }
    case 'older':
      return {
        ...state,
        entries: mergeStored(state.entries, action.messages),
        olderCursor: action.olderCursor,
      };
    case 'crisis-marked':
      return { ...state, entries: updateEntry(state.entries, (e) => e.id === action.id, { crisis: true }) };
    case 'removed':
      return { ...state, entries: markRemoved(state.entries, action.id) };
    case 'presence':
      return { ...state, room: { ...state.room, onlineCount: action.onlineCount } };
    case 'room':
      return { ...state, room: { ...state.room, ...action.room } };
    case 'typing':
      return {
        ...state,
        typing: {
          ...state.typing,
          [action.user.id]: { handle: action.user.handle, until: action.now + TYPING_SHOWN_MS },
        },
      };
    case 'typing-expired': {
      const typing = Object.fromEntries(Object.entries(state.typing).filter(([, t]) => t.until > action.now));
      return Object.keys(typing).length === Object.keys(state.typing).length ? state : { ...state, typing };
    }
    case 'sending':
      return {
        ...state,
        entries: [...state.entries, localEntry(action.clientMessageId, action.body, action.author)],
      };
    case 'retrying':
      return {
        ...state,
        entries: updateEntry(state.entries, ownLocal(action.clientMessageId), {
          delivery: 'sending',
          error: null,
        }),
      };
    case 'failed':
      return {
        ...state,
        entries: updateEntry(state.entries, ownLocal(action.clientMessageId), {
          delivery: 'failed',
          error: action.error,
          final: action.final ?? false,
        }),
      };
    case 'discard':
      return { ...state, entries: state.entries.filter((e) => !ownLocal(action.clientMessageId)(e)) };
    case 'crisis':
      return {
        ...state,
        crisis: { ...state.crisis, [action.messageId]: action.resources },
        crisisOpen: action.messageId,
      };
    case 'crisis-shown':
      return {
        ...state,
        crisisOpen: action.messageId !== null && state.crisis[action.messageId] ? action.messageId : null,
      };
  }
}
