import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../ui';
import { useSession } from './session';

/** Shows its children to signed-in members; sends visitors to sign in first, then back here. */
export function RequireMember({ children }: { children: ReactNode }) {
  const { viewer, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading label="Checking your session…" />;
  if (!viewer) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}
