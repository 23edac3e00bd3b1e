import { createContext, useContext } from 'react';
import type { LoginInput, RegisterInput, SessionViewerFragment } from '../gql/graphql';
import type { SessionEndReason } from './token-refresh';

export type SessionViewer = SessionViewerFragment;

export interface Session {
  /** The signed-in member's account, or null for a visitor. */
  viewer: SessionViewer | null;
  /** True while a stored session is being restored or the viewer is first loaded. */
  loading: boolean;
  /** Set when the session ended without the member asking (expired, or signed out in another tab). */
  endedReason: SessionEndReason | null;
  dismissEnded(): void;
  signIn(input: LoginInput): Promise<SessionViewer>;
  signUp(input: RegisterInput): Promise<SessionViewer>;
  signOut(): Promise<void>;
  /** Forgets the session locally once the server has already ended it (account deleted). */
  forget(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The session of whoever is using Haven in this tab. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
