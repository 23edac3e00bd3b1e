import { useLocation } from 'react-router';

/** Where to go after signing in: the page that asked for it, or home. */
export function useAuthRedirect(): string {
  const { state } = useLocation();
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}
