import { AccountStatus, Role } from '@haven/shared/contracts';

/** The signed-in account as the guards see it: as it is now (a change drops `AuthenticationCache`'s copy). */
export interface Actor {
  id: string;
  handle: string;
  role: Role;
  status: AccountStatus;
  suspendedUntil: Date | null;
  createdAt: Date;
}

/** Looks an account up by id; provided by the identity library. */
export abstract class ActorLookup {
  abstract findActor(id: string): Promise<Actor | null>;
}

const ROLE_RANK: Record<Role, number> = { [Role.MEMBER]: 0, [Role.MODERATOR]: 1, [Role.ADMIN]: 2 };

export function hasRole(actor: Pick<Actor, 'role'> | null | undefined, role: Role): boolean {
  return !!actor && ROLE_RANK[actor.role] >= ROLE_RANK[role];
}

export function isModerator(actor: Pick<Actor, 'role'> | null | undefined): boolean {
  return hasRole(actor, Role.MODERATOR);
}

/** The account's effective status now: a suspension whose end has passed no longer counts. */
export function effectiveStatus(
  actor: Pick<Actor, 'status' | 'suspendedUntil'>,
  now = new Date(),
): AccountStatus {
  if (actor.status === AccountStatus.SUSPENDED && actor.suspendedUntil && actor.suspendedUntil <= now) {
    return AccountStatus.ACTIVE;
  }
  return actor.status;
}
