/**
 * Events about accounts that other domains answer. `emitAsync` collects each listener's return value.
 */
export const ACCOUNT_EXPORT_EVENT = 'account.export';
export const ACCOUNT_DELETED_EVENT = 'account.deleted';
export const ACCOUNT_STATUS_CHANGED_EVENT = 'account.status-changed';

export interface AccountExportRequest {
  userId: string;
}

/** One section of a member's data export, e.g. `{ section: 'posts', data: [...] }`. */
export interface AccountExportSection {
  section: string;
  data: unknown;
}

/** What becomes of a deleted member's public posts and comments. */
export type AccountContentChoice = 'KEEP_UNLINKED' | 'ERASE';

export interface AccountDeletedEvent {
  userId: string;
  /** KEEP_UNLINKED when left out: content stays, each item under its own pseudonym. */
  content?: AccountContentChoice;
  /**
   * Makes `count` former-member authors, each a distinct pseudonym that links to nothing else, for
   * content kept unlinked (identity owns the users; other domains only point their rows at them).
   */
  pseudonyms?: (count: number) => Promise<string[]>;
}

export interface AccountStatusChangedEvent {
  userId: string;
  status: string;
  suspendedUntil: Date | null;
}

export const ACCOUNT_ROLE_CHANGED_EVENT = 'account.role-changed';
export const SESSION_REVOKED_EVENT = 'session.revoked';

export interface AccountRoleChangedEvent {
  userId: string;
  role: string;
}

export interface SessionRevokedEvent {
  sid: string;
  userId: string | null;
}
