import type { ReactNode } from 'react';
import { RequireMember, useSession } from '../../lib';
import { ErrorState } from '../../ui';

/** Shows its children to moderators (or administrators with `admin`); others are told it is not for them. */
export function RequireModerator({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  return (
    <RequireMember>
      <RoleGate admin={admin}>{children}</RoleGate>
    </RequireMember>
  );
}

function RoleGate({ children, admin }: { children: ReactNode; admin: boolean }) {
  const { viewer } = useSession();
  const role = viewer?.user.role;
  const allowed = admin ? role === 'ADMIN' : role === 'MODERATOR' || role === 'ADMIN';
  if (!allowed) {
    return (
      <ErrorState
        title="This page is for the moderation team"
        message={admin ? 'Only administrators can open this page.' : 'Only moderators can see the queue.'}
      />
    );
  }
  return children;
}
