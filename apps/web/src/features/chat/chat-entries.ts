import { ChatMessageStatus, type ChatMessageDto, type Role } from '@haven/shared/contracts';

type Status = `${ChatMessageStatus}`;
type RoleName = `${Role}`;

/** How far a message of ours got: stored by the server, on its way (retried until acknowledged), or refused. */
export type Delivery = 'sent' | 'sending' | 'failed';

/** One line of the conversation as the page shows it. */
export interface ChatEntry {
  /** The server id once stored; `local:<clientMessageId>` before. */
  key: string;
  id: string | null;
  clientMessageId: string | null;
  author: { id: string; handle: string; role: RoleName };
  body: string;
  status: Status;
  heldForReview: boolean;
  /** From a history page: the viewer blocked the author (live messages leave it to the viewer's list). */
  authorBlocked?: boolean;
  createdAt: string;
  delivery: Delivery;
  error: string | null;
  /** Moderators only: the safety check found crisis language in it. */
  crisis?: boolean;
  /** A failed send that trying again cannot fix (a mute, a locked room): no "Try again". */
  final?: boolean;
}

/** A stored message, from a socket event or a history page (both have this shape). */
export interface StoredMessage {
  id: string;
  body: string;
  status: Status;
  clientMessageId?: string | null;
  createdAt: string;
  heldForReview: boolean;
  authorBlocked?: boolean | null;
  author: { id: string; handle: string; role: RoleName };
  /** `crisisDetected` on a history page, `crisis` on a socket payload: given to moderators only. */
  crisisDetected?: boolean | null;
  crisis?: boolean;
}

export function fromStored(message: StoredMessage | ChatMessageDto): ChatEntry {
  return {
    key: message.id,
    id: message.id,
    clientMessageId: message.clientMessageId ?? null,
    author: { id: message.author.id, handle: message.author.handle, role: message.author.role },
    body: message.status === ChatMessageStatus.REMOVED ? '' : message.body,
    status: message.status,
    heldForReview: message.heldForReview,
    ...('authorBlocked' in message && message.authorBlocked ? { authorBlocked: true } : {}),
    ...(message.crisis || ('crisisDetected' in message && message.crisisDetected) ? { crisis: true } : {}),
    createdAt: message.createdAt,
    delivery: 'sent',
    error: null,
  };
}

export function localEntry(clientMessageId: string, body: string, author: ChatEntry['author']): ChatEntry {
  return {
    key: `local:${clientMessageId}`,
    id: null,
    clientMessageId,
    author,
    body,
    status: ChatMessageStatus.VISIBLE,
    heldForReview: false,
    createdAt: new Date().toISOString(),
    delivery: 'sending',
    error: null,
  };
}

function byTime(a: ChatEntry, b: ChatEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return (a.id ?? '') < (b.id ?? '') ? -1 : 1;
}

/**
 * Adds or replaces stored messages: the same id replaces, and our own message that was still on its way
 * (same author and clientMessageId) becomes the stored one. Stored messages stay in time order; ours
 * that are not stored yet stay at the end.
 */
export function mergeStored(
  entries: readonly ChatEntry[],
  incoming: readonly (StoredMessage | ChatMessageDto)[],
): ChatEntry[] {
  if (incoming.length === 0) return entries as ChatEntry[];
  const stored = new Map<string, ChatEntry>();
  const local: ChatEntry[] = [];
  for (const entry of entries) {
    if (entry.id) stored.set(entry.id, entry);
    else local.push(entry);
  }
  const settled = new Set<string>();
  for (const message of incoming) {
    stored.set(message.id, fromStored(message));
    if (message.clientMessageId) settled.add(`${message.author.id}:${message.clientMessageId}`);
  }
  const waiting = local.filter((e) => !settled.has(`${e.author.id}:${e.clientMessageId ?? ''}`));
  return [...[...stored.values()].sort(byTime), ...waiting];
}

export function updateEntry(
  entries: readonly ChatEntry[],
  match: (e: ChatEntry) => boolean,
  change: Partial<ChatEntry>,
): ChatEntry[] {
  return entries.map((e) => (match(e) ? { ...e, ...change } : e));
}

export function markRemoved(entries: readonly ChatEntry[], id: string): ChatEntry[] {
  return updateEntry(entries, (e) => e.id === id, { status: ChatMessageStatus.REMOVED, body: '' });
}

export function newestStored(entries: readonly ChatEntry[]): ChatEntry | null {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].id) return entries[i];
  return null;
}
