import type { AccountStatus, JourneyStage, Role } from '@haven/shared/contracts';
import type { UserObject } from './dto/user.object';

/**
 * The public face of an account as SQL, for queries that build a whole page in one statement (the
 * forum feed): the same fields `toUserObject` exposes, never the e-mail or anything private. Other
 * domains embed these fragments instead of reading the `users` or `member_blocks` tables themselves.
 */

/** A JSON object of the public fields of the account whose id is `idColumn`, or null when unknown. */
export function publicUserJsonSql(idColumn: string): string {
  return `(SELECT json_build_object('id', u.id, 'handle', u.handle, 'bio', u.bio, 'journey_stage', u.journey_stage,
      'role', u.role, 'status', u.status, 'suspended_until', u.suspended_until, 'created_at', u.created_at,
      'deleted_at', u.deleted_at) FROM users u WHERE u.id = ${idColumn})`;
}

/** What `publicUserJsonSql` returns (timestamps as JSON text). */
export interface PublicUserJson {
  id: string;
  handle: string;
  bio: string | null;
  journey_stage: JourneyStage | null;
  role: Role;
  status: AccountStatus;
  suspended_until: string | null;
  created_at: string;
  deleted_at: string | null;
}

export function publicUserFromJson(json: PublicUserJson): UserObject {
  return {
    id: json.id,
    handle: json.handle,
    bio: json.bio,
    journeyStage: json.journey_stage,
    role: json.role,
    createdAt: new Date(json.created_at),
    deleted: json.deleted_at !== null,
    accountStatus: json.status,
    suspendedUntil: json.suspended_until === null ? null : new Date(json.suspended_until),
  };
}

/**
 * True when the viewer (`viewerParam`, a uuid parameter) blocks the author (`authorColumn`): the
 * condition `BlocksService.blockedAuthors` asks, as SQL. Never true for the viewer's own content.
 */
export function viewerBlocksAuthorSql(viewerParam: string, authorColumn: string): string {
  return `(${authorColumn} <> ${viewerParam} AND EXISTS (SELECT 1 FROM member_blocks mb
      WHERE mb.blocker_id = ${viewerParam} AND mb.blocked_id = ${authorColumn}))`;
}
