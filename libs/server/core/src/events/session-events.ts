/**
 * Emitted after sessions were revoked in the database (their refresh tokens no longer work), so access
 * tokens carrying those session ids (`sid`) can be refused at once rather than when they expire.
 */
export const SESSIONS_REVOKED_EVENT = 'sessions.revoked';

export interface SessionsRevokedEvent {
  userId: string;
  /** The revoked session ids, or `all` for every session the account had until now. */
  sessionIds: string[] | 'all';
  revokedAt: Date;
}
