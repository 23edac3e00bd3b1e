import type { SessionViewerFragment } from '../gql/graphql';
import { RefreshSessionDocument } from './session.documents';
import {
  accessTokenNeedsRefresh,
  clearTokens,
  getAccessToken,
  getRefreshToken,
  storeTokens,
} from './auth-tokens';
import { GraphQLRequestError, graphqlRequest } from './graphql-request';

/** Why a session ended without the member asking: the server refused it, or another tab signed out. */
export type SessionEndReason = 'expired' | 'elsewhere';

/** `refreshed`: the same session got new tokens; `ended`: the session is over in this tab. */
export type SessionEvent =
  { type: 'refreshed'; viewer: SessionViewerFragment } | { type: 'ended'; reason: SessionEndReason };

type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable' | 'no-session';

const eventListeners = new Set<(event: SessionEvent) => void>();
const restoringListeners = new Set<() => void>();
let restoring = getRefreshToken() !== null;
let inflight: Promise<RefreshOutcome> | null = null;

export function onSessionEvent(listener: (event: SessionEvent) => void): () => void {
  eventListeners.add(listener);
  return () => eventListeners.delete(listener);
}

function emitSessionEvent(event: SessionEvent): void {
  for (const listener of eventListeners) listener(event);
}

/** Forgets a session the member did not end themselves. */
export function endSession(reason: SessionEndReason): void {
  clearTokens();
  emitSessionEvent({ type: 'ended', reason });
}

/** True while the page is restoring a stored session (before the first refresh answered). */
export function isRestoring(): boolean {
  return restoring;
}

export function subscribeRestoring(listener: () => void): () => void {
  restoringListeners.add(listener);
  return () => restoringListeners.delete(listener);
}

async function rotate(): Promise<RefreshOutcome> {
  // Read at the last moment: another tab may have rotated the pair while this one waited for the lock.
  const refreshToken = getRefreshToken();
  if (!refreshToken) return 'no-session';
  try {
    const data = await graphqlRequest(RefreshSessionDocument, { refreshToken });
    const { accessToken, refreshToken: rotated, viewer } = data.refreshSession;
    storeTokens({ accessToken, refreshToken: rotated });
    emitSessionEvent({ type: 'refreshed', viewer });
    return 'refreshed';
  } catch (error) {
    if (error instanceof GraphQLRequestError && !error.unreachable) {
      // The server refused the refresh token (expired, revoked, reused): the session is over.
      if (getRefreshToken() === refreshToken) endSession('expired');
      return 'rejected';
    }
    return 'unreachable';
  }
}

/** Serialises refreshes across tabs, so two tabs never spend the same refresh token. */
async function withCrossTabLock(work: () => Promise<RefreshOutcome>): Promise<RefreshOutcome> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return await navigator.locks.request('haven-session-refresh', work);
  }
  return work();
}

/**
 * Exchanges the refresh token for a new pair. Single-flight: concurrent callers share one request.
 * Resolves to true when a fresh access token is in memory.
 */
export async function refreshTokens(): Promise<boolean> {
  inflight ??= withCrossTabLock(rotate).finally(() => {
    inflight = null;
  });
  return (await inflight) === 'refreshed';
}

/** An access token valid for at least another minute, refreshing first when needed; null when signed out. */
export async function getFreshAccessToken(): Promise<string | null> {
  if (getRefreshToken() && accessTokenNeedsRefresh()) await refreshTokens();
  return getAccessToken();
}

/** On page load: when a refresh token is stored, restore the session before anything asks for the viewer. */
export async function restoreSession(): Promise<void> {
  if (getRefreshToken()) await refreshTokens();
  restoring = false;
  for (const listener of restoringListeners) listener();
}
