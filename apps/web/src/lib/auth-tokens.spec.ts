import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { MemoryStorage, installBrowser, type BrowserStandIn } from '../testing/browser-stand-ins';
import {
  accessTokenNeedsRefresh,
  clearTokens,
  getAccessToken,
  getRefreshToken,
  onRefreshTokenRemovedElsewhere,
  readExpiry,
  storeTokens,
} from './auth-tokens';

const REFRESH_KEY = 'haven.refreshToken';

/** A JWT-shaped token (the signature is not read on the client). */
const jwt = (claims: object) =>
  `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

let browser: BrowserStandIn;
beforeEach(() => {
  browser = installBrowser();
});
afterEach(() => {
  clearTokens();
  browser.restore();
});

describe('readExpiry', () => {
  it('reads the exp claim in milliseconds', () => {
    expect(readExpiry(jwt({ sub: 'u1', exp: 1_900_000_000 }))).toBe(1_900_000_000_000);
  });

  it('decodes base64url payloads of any length (no padding, - and _)', () => {
    for (const sub of ['a', 'ab', 'abc', '>>>?', '~~~~~~']) {
      expect(readExpiry(jwt({ sub, exp: 1_700_000_123 }))).toBe(1_700_000_123_000);
    }
  });

  it.each([
    '',
    'not-a-token',
    'a.b',
    'a.!!!.c',
    `x.${Buffer.from('{"exp":"soon"}').toString('base64url')}.y`,
  ])('treats %p as expired', (token) => {
    expect(readExpiry(token)).toBe(0);
  });

  it('treats a payload without exp, or that is not an object, as expired', () => {
    expect(readExpiry(jwt({ sub: 'u1' }))).toBe(0);
    expect(readExpiry(`h.${Buffer.from('null').toString('base64url')}.s`)).toBe(0);
    expect(readExpiry(`h.${Buffer.from('12').toString('base64url')}.s`)).toBe(0);
  });
});

describe('the token pair', () => {
  it('keeps the access token in memory and the refresh token in storage', () => {
    const accessToken = jwt({ exp: Math.floor(Date.now() / 1000) + 900 });
    storeTokens({ accessToken, refreshToken: 'refresh-1' });
    expect(getAccessToken()).toBe(accessToken);
    expect(getRefreshToken()).toBe('refresh-1');
    expect(browser.storage.getItem(REFRESH_KEY)).toBe('refresh-1');
    expect([...Array(browser.storage.length).keys()].map((i) => browser.storage.key(i))).toEqual([
      REFRESH_KEY,
    ]);
  });

  it('finds a refresh token stored by an earlier page load', () => {
    browser.storage.setItem(REFRESH_KEY, 'from-before');
    expect(getRefreshToken()).toBe('from-before');
    expect(getAccessToken()).toBeNull();
  });

  it('forgets both on sign-out', () => {
    storeTokens({ accessToken: jwt({ exp: 9_999_999_999 }), refreshToken: 'refresh-1' });
    clearTokens();
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
    expect(accessTokenNeedsRefresh()).toBe(true);
  });

  it('works for the page’s lifetime when storage is unavailable', () => {
    browser.restore();
    browser = installBrowser({ storage: new MemoryStorage(true) });
    const accessToken = jwt({ exp: 9_999_999_999 });
    expect(() => storeTokens({ accessToken, refreshToken: 'r' })).not.toThrow();
    expect(getAccessToken()).toBe(accessToken);
    expect(getRefreshToken()).toBeNull();
    expect(() => clearTokens()).not.toThrow();
    expect(getAccessToken()).toBeNull();
  });
});

describe('accessTokenNeedsRefresh', () => {
  const now = Date.UTC(2026, 2, 28, 10, 0, 0);
  const expiringIn = (ms: number) =>
    storeTokens({ accessToken: jwt({ exp: (now + ms) / 1000 }), refreshToken: 'r' });

  it('needs a refresh without an access token', () => {
    expect(accessTokenNeedsRefresh(now)).toBe(true);
  });

  it('does not while the token has more than a minute left', () => {
    expiringIn(61_000);
    expect(accessTokenNeedsRefresh(now)).toBe(false);
    expect(accessTokenNeedsRefresh(now + 1_000)).toBe(false);
  });

  it('does within the last minute and after expiry', () => {
    expiringIn(61_000);
    expect(accessTokenNeedsRefresh(now + 1_001)).toBe(true);
    expect(accessTokenNeedsRefresh(now + 61_000)).toBe(true);
    expect(accessTokenNeedsRefresh(now + 3_600_000)).toBe(true);
  });

  it('does for a token whose expiry cannot be read', () => {
    storeTokens({ accessToken: 'opaque', refreshToken: 'r' });
    expect(accessTokenNeedsRefresh(now)).toBe(true);
  });
});

describe('onRefreshTokenRemovedElsewhere', () => {
  it('tells when another tab removes the refresh token, and only then', () => {
    const listener = jest.fn();
    const stop = onRefreshTokenRemovedElsewhere(listener);
    browser.storageChangedElsewhere(REFRESH_KEY, 'rotated-elsewhere');
    browser.storageChangedElsewhere('haven.crisisRegion', null);
    expect(listener).not.toHaveBeenCalled();
    browser.storageChangedElsewhere(REFRESH_KEY, null);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    browser.storageChangedElsewhere(REFRESH_KEY, null);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
