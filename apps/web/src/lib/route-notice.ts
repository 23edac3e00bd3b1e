import { useLocation } from 'react-router';

/** A one-off message carried to the next page in the navigation state, e.g. after signing out. */
export interface RouteNotice {
  notice: string;
}

function isRouteNotice(state: unknown): state is RouteNotice {
  return typeof state === 'object' && state !== null && typeof (state as RouteNotice).notice === 'string';
}

export function useRouteNotice(): string | null {
  const { state } = useLocation();
  return isRouteNotice(state) ? state.notice : null;
}
