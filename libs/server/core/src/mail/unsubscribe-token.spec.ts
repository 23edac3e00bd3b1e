import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe-token';

const SECRET = 'a-secret-that-is-long-enough-for-signing-links';
const claim = { userId: '6f1c2d3e-4a5b-4c6d-8e7f-901234567890', list: 'all' };

describe('unsubscribe tokens', () => {
  it('round-trips a claim', () => {
    expect(verifyUnsubscribe(SECRET, signUnsubscribe(SECRET, claim))).toEqual(claim);
  });

  it('refuses a token signed with another secret, altered, or malformed', () => {
    const token = signUnsubscribe(SECRET, claim);
    expect(verifyUnsubscribe(`${SECRET}x`, token)).toBeNull();
    const [payload, sig] = token.split('.');
    const other = Buffer.from(`${claim.userId}.reply`).toString('base64url');
    expect(verifyUnsubscribe(SECRET, `${other}.${sig}`)).toBeNull();
    expect(verifyUnsubscribe(SECRET, `${payload}.${sig.slice(0, -2)}`)).toBeNull();
    expect(verifyUnsubscribe(SECRET, `${payload}`)).toBeNull();
    expect(verifyUnsubscribe(SECRET, `${token}.x`)).toBeNull();
    expect(verifyUnsubscribe(SECRET, 42)).toBeNull();
    expect(verifyUnsubscribe(SECRET, 'x'.repeat(400))).toBeNull();
  });

  it('signs only well-formed claims', () => {
    expect(() => signUnsubscribe(SECRET, { userId: 'nope', list: 'all' })).toThrow();
    expect(() => signUnsubscribe(SECRET, { userId: claim.userId, list: 'Bad List' })).toThrow();
  });
});
