import { useLocation } from 'react-router';

/** A one-off message carried to the next page in the navigation state, e.g. after signing out. */
export interface RouteNotice {
  notice: string;
}

function isRouteNotice(state: unknown): state is RouteNotice {
  return typeof state === 'object' && state !== null && typeof (state as RouteNotice).notice === 'string';
}

/** The notice a navigation state carries, or null (a state may hold anything, or nothing). */
export function routeNotice(state: unknown): string | null {
  return isRouteNotice(state) ? state.notice : null;
}

export function useRouteNotice(): string | null {
  return routeNotice(useLocation().state);
}
