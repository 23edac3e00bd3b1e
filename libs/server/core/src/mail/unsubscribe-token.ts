import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an unsubscribe link stops: mail of one list (a kind of notification), or `all` optional mail. */
export interface UnsubscribeClaim {
  userId: string;
  list: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST = /^[a-z0-9][a-z0-9._-]{0,59}$/;

function signature(secret: string, payload: string): Buffer {
  // A key of its own, derived from the app secret, so these signatures never pass for anything else.
  const key = createHmac('sha256', secret).update('haven:mail-unsubscribe:v1').digest();
  return createHmac('sha256', key).update(payload).digest();
}

/** A signed token for a one-click unsubscribe link: no sign-in needed, nothing to guess. */
export function signUnsubscribe(secret: string, claim: UnsubscribeClaim): string {
  if (!UUID.test(claim.userId) || !LIST.test(claim.list)) throw new Error('Not an unsubscribe claim');
  const payload = `${claim.userId}.${claim.list}`;
  return `${Buffer.from(payload).toString('base64url')}.${signature(secret, payload).toString('base64url')}`;
}

/** The claim of a genuine token, or null for anything forged, altered or malformed. */
export function verifyUnsubscribe(secret: string, token: unknown): UnsubscribeClaim | null {
  if (typeof token !== 'string' || token.length > 300) return null;
  const [encoded, sig, extra] = token.split('.');
  if (!encoded || !sig || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = signature(secret, payload);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const dot = payload.indexOf('.');
  const userId = payload.slice(0, dot);
  const list = payload.slice(dot + 1);
  return UUID.test(userId) && LIST.test(list) ? { userId, list } : null;
}
