import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { SessionViewerFragment } from '../gql/graphql';
import { installBrowser, type BrowserStandIn } from '../testing/browser-stand-ins';
import { clearTokens, getAccessToken, getRefreshToken, storeTokens } from './auth-tokens';
import {
  endSession,
  getFreshAccessToken,
  isRestoring,
  onSessionEvent,
  refreshTokens,
  restoreSession,
  subscribeRestoring,
  type SessionEvent,
} from './token-refresh';

const REFRESH_KEY = 'haven.refreshToken';

const jwt = (exp: number) =>
  `h.${Buffer.from(JSON.stringify({ sub: 'u1', exp: Math.floor(exp / 1000) })).toString('base64url')}.s`;

const viewer: SessionViewerFragment = {
  email: 'sam@example.com',
  status: 'ACTIVE' as SessionViewerFragment['status'],
  suspendedUntil: null,
  revealContentWarnings: false,
  emailVerified: true,
  user: {
    id: 'u1',
    handle: 'sam',
    bio: null,
    journeyStage: null,
    role: 'MEMBER' as SessionViewerFragment['user']['role'],
    createdAt: '2026-01-01T00:00:00.000Z',
  },
};

/**
 * Haven's refreshSession as the browser sees it over fetch: each refresh token works once and is
 * rotated; a spent or unknown one is refused with UNAUTHENTICATED. `hold()` keeps answers back until
 * `release()`; `down` makes the network fail.
 */
class AuthServer {
  readonly presented: string[] = [];
  down = false;
  private readonly valid = new Set<string>();
  private issued = 0;
  private held: (() => void)[] | null = null;

  issue(): string {
    const token = `refresh-${++this.issued}`;
    this.valid.add(token);
    return token;
  }

  hold(): void {
    this.held = [];
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = null;
    for (const resume of waiting) resume();
  }

  readonly fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    expect(String(url)).toBe('/graphql');
    const request = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables: { refreshToken: string };
    };
    expect(request.operationName).toBe('RefreshSession');
    const token = request.variables.refreshToken;
    this.presented.push(token);
    if (this.held) await new Promise<void>((resume) => this.held?.push(resume));
    if (this.down) throw new TypeError('Failed to fetch');
    if (!this.valid.delete(token)) {
      return Response.json({
        data: null,
        errors: [{ message: 'Your session has ended.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
    return Response.json({
      data: {
        refreshSession: { accessToken: jwt(Date.now() + 15 * 60_000), refreshToken: this.issue(), viewer },
      },
    });
  };
}

let browser: BrowserStandIn;
let server: AuthServer;
let events: SessionEvent[];
let stopListening: () => void;

beforeEach(() => {
  browser = installBrowser();
  server = new AuthServer();
  jest.spyOn(globalThis, 'fetch').mockImplementation(server.fetch);
  events = [];
  stopListening = onSessionEvent((event) => events.push(event));
});

afterEach(() => {
  stopListening();
  clearTokens();
  jest.restoreAllMocks();
  browser.restore();
});

/** Signs in: a refresh token the server knows, and an access token expiring `inMs` from now. */
const signedIn = (inMs = 15 * 60_000) => {
  const refreshToken = server.issue();
  storeTokens({ accessToken: jwt(Date.now() + inMs), refreshToken });
  return refreshToken;
};

describe('refreshTokens', () => {
  it('exchanges the refresh token for a new pair and tells the page who is signed in', async () => {
    const before = signedIn();
    await expect(refreshTokens()).resolves.toBe(true);
    expect(server.presented).toEqual([before]);
    expect(getRefreshToken()).toBe('refresh-2');
    expect(getAccessToken()).not.toBeNull();
    expect(events).toEqual([{ type: 'refreshed', viewer }]);
  });

  it('sends one request for concurrent callers, and a new one once that is answered', async () => {
    signedIn(30_000);
    server.hold();
    const callers = Promise.all([refreshTokens(), refreshTokens(), getFreshAccessToken()]);
    await flushMicrotasks();
    expect(server.presented).toEqual(['refresh-1']);
    server.release();
    const [a, b, token] = await callers;
    expect([a, b]).toEqual([true, true]);
    expect(token).toBe(getAccessToken());
    expect(getRefreshToken()).toBe('refresh-2');
    expect(events.filter((e) => e.type === 'refreshed')).toHaveLength(1);

    await expect(refreshTokens()).resolves.toBe(true);
    expect(server.presented).toEqual(['refresh-1', 'refresh-2']);
  });

  it('signs out once when the server refuses the refresh token', async () => {
    storeTokens({ accessToken: jwt(Date.now() + 60_000), refreshToken: 'revoked' });
    const results = await Promise.all([refreshTokens(), refreshTokens()]);
    expect(results).toEqual([false, false]);
    expect(server.presented).toEqual(['revoked']);
    expect(getRefreshToken()).toBeNull();
    expect(getAccessToken()).toBeNull();
    expect(events).toEqual([{ type: 'ended', reason: 'expired' }]);
  });

  it('does not sign out a session another tab renewed while the refused request was on its way', async () => {
    storeTokens({ accessToken: jwt(Date.now() + 60_000), refreshToken: 'spent' });
    server.hold();
    const result = refreshTokens();
    await flushMicrotasks();
    browser.storage.setItem(REFRESH_KEY, 'renewed-elsewhere');
    server.release();
    await expect(result).resolves.toBe(false);
    expect(getRefreshToken()).toBe('renewed-elsewhere');
    expect(events).toEqual([]);
  });

  it('keeps the session when Haven cannot be reached, and tries again next time', async () => {
    const token = signedIn();
    server.down = true;
    await expect(refreshTokens()).resolves.toBe(false);
    expect(getRefreshToken()).toBe(token);
    expect(events).toEqual([]);

    server.down = false;
    await expect(refreshTokens()).resolves.toBe(true);
    expect(server.presented).toEqual([token, token]);
  });

  it('keeps the session when the server answers with something that is not GraphQL', async () => {
    const token = signedIn();
    jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(refreshTokens()).resolves.toBe(false);
    expect(getRefreshToken()).toBe(token);
    expect(events).toEqual([]);
  });

  it('sends nothing without a refresh token', async () => {
    await expect(refreshTokens()).resolves.toBe(false);
    expect(server.presented).toEqual([]);
    expect(events).toEqual([]);
  });

  it('refreshes inside the cross-tab lock, with the refresh token as it is once the lock is held', async () => {
    browser.restore();
    let releaseLock: () => void = () => undefined;
    const requested: string[] = [];
    const locks = {
      // Another tab holds the lock until releaseLock() and rotates the pair meanwhile.
      request: async (name: string, work: () => Promise<unknown>) => {
        requested.push(name);
        await new Promise<void>((resolve) => (releaseLock = resolve));
        return work();
      },
    };
    browser = installBrowser({ navigator: { locks } as unknown as Partial<Navigator> });
    signedIn();
    const result = refreshTokens();
    await flushMicrotasks();
    expect(requested).toEqual(['haven-session-refresh']);
    expect(server.presented).toEqual([]);
    const rotatedElsewhere = server.issue();
    browser.storage.setItem(REFRESH_KEY, rotatedElsewhere);
    releaseLock();
    await expect(result).resolves.toBe(true);
    expect(server.presented).toEqual([rotatedElsewhere]);
  });
});

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('getFreshAccessToken', () => {
  it('returns the access token as it is while it has more than a minute left', async () => {
    signedIn(5 * 60_000);
    const current = getAccessToken();
    await expect(getFreshAccessToken()).resolves.toBe(current);
    expect(server.presented).toEqual([]);
  });

  it('refreshes first when the access token is about to expire', async () => {
    signedIn(30_000);
    const dying = getAccessToken();
    const fresh = await getFreshAccessToken();
    expect(server.presented).toEqual(['refresh-1']);
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(dying);
    expect(fresh).toBe(getAccessToken());
  });

  it('is null when signed out, without asking the server', async () => {
    await expect(getFreshAccessToken()).resolves.toBeNull();
    expect(server.presented).toEqual([]);
  });

  it('is null once a refused refresh has signed the member out', async () => {
    storeTokens({ accessToken: jwt(Date.now() + 10_000), refreshToken: 'revoked' });
    await expect(getFreshAccessToken()).resolves.toBeNull();
    expect(events).toEqual([{ type: 'ended', reason: 'expired' }]);
  });
});

describe('endSession', () => {
  it('forgets the tokens and tells why', () => {
    signedIn();
    endSession('elsewhere');
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
    expect(events).toEqual([{ type: 'ended', reason: 'elsewhere' }]);
  });

  it('stops telling a listener that stopped listening', () => {
    stopListening();
    endSession('expired');
    expect(events).toEqual([]);
  });
});

describe('restoring a session on page load', () => {
  it('restores a stored session before saying it is done', async () => {
    browser.storage.setItem(REFRESH_KEY, server.issue());
    await jest.isolateModulesAsync(async () => {
      const module = await import('./token-refresh');
      const tokens = await import('./auth-tokens');
      expect(module.isRestoring()).toBe(true);
      const done = jest.fn(() => expect(tokens.getAccessToken()).not.toBeNull());
      const stop = module.subscribeRestoring(done);
      await module.restoreSession();
      expect(done).toHaveBeenCalledTimes(1);
      expect(module.isRestoring()).toBe(false);
      expect(tokens.getRefreshToken()).toBe('refresh-2');
      stop();
      tokens.clearTokens();
    });
  });

  it('has nothing to restore without a stored refresh token', async () => {
    await jest.isolateModulesAsync(async () => {
      const module = await import('./token-refresh');
      expect(module.isRestoring()).toBe(false);
      await module.restoreSession();
      expect(server.presented).toEqual([]);
    });
  });

  it('is done, signed out, when the stored session was refused', async () => {
    browser.storage.setItem(REFRESH_KEY, 'expired-long-ago');
    const done = jest.fn();
    const stop = subscribeRestoring(done);
    await restoreSession();
    stop();
    expect(done).toHaveBeenCalledTimes(1);
    expect(isRestoring()).toBe(false);
    expect(getRefreshToken()).toBeNull();
    expect(events).toEqual([{ type: 'ended', reason: 'expired' }]);
  });
});
