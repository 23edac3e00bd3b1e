/**
 * Where the session's tokens live: the short-lived access token in memory only, the refresh token in
 * localStorage so a reload (or a new tab) can restore the session.
 */
const REFRESH_KEY = 'haven.refreshToken';
/** Refresh a little before the access token expires, so a request never leaves with a dying token. */
const EXPIRY_MARGIN_MS = 60_000;

let accessToken: string | null = null;
let accessExpiresAt = 0;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/** The `exp` claim of a JWT in milliseconds, or 0 when it cannot be read. */
export function readExpiry(token: string): number {
  try {
    const payload = token.split('.')[1];
    if (!payload) return 0;
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    if (claims && typeof claims === 'object' && 'exp' in claims && typeof claims.exp === 'number') {
      return claims.exp * 1000;
    }
  } catch {
    // A token we cannot decode is treated as already expired.
  }
  return 0;
}

/** The current access token, for any client that talks to the API (GraphQL, Socket.IO). */
export function getAccessToken(): string | null {
  return accessToken;
}

export function accessTokenNeedsRefresh(now = Date.now()): boolean {
  return accessToken === null || accessExpiresAt - now < EXPIRY_MARGIN_MS;
}

export function getRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

export function storeTokens(pair: TokenPair): void {
  accessToken = pair.accessToken;
  accessExpiresAt = readExpiry(pair.accessToken);
  try {
    localStorage.setItem(REFRESH_KEY, pair.refreshToken);
  } catch {
    // Storage unavailable (private mode): the session lasts as long as the page.
  }
}

export function clearTokens(): void {
  accessToken = null;
  accessExpiresAt = 0;
  try {
    localStorage.removeItem(REFRESH_KEY);
  } catch {
    // Nothing stored.
  }
}

/** Calls `listener` when another tab signs out (removes the refresh token). */
export function onRefreshTokenRemovedElsewhere(listener: () => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key === REFRESH_KEY && event.newValue === null) listener();
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
