import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { LoginInput, RegisterInput } from '../gql/graphql';
import { switchIdentity } from './apollo-client';
import { clearTokens, getRefreshToken, storeTokens } from './auth-tokens';
import { SessionContext, type Session, type SessionViewer } from './session';
import { unsubscribeFromPush } from './web-push';
import { LoginDocument, LogoutDocument, RegisterDocument, ViewerDocument } from './session.documents';
import { isRestoring, onSessionEvent, subscribeRestoring, type SessionEndReason } from './token-refresh';

interface AuthResult {
  accessToken: string;
  refreshToken: string;
  viewer: SessionViewer;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const restoring = useSyncExternalStore(subscribeRestoring, isRestoring);
  const { data, loading: viewerLoading } = useQuery(ViewerDocument, { skip: restoring });
  const [endedReason, setEndedReason] = useState<SessionEndReason | null>(null);

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event.type === 'ended') setEndedReason(event.reason);
      }),
    [],
  );

  const start = useCallback(
    async (result: AuthResult) => {
      storeTokens(result);
      await switchIdentity(client, result.viewer);
      setEndedReason(null);
      return result.viewer;
    },
    [client],
  );

  const signIn = useCallback(
    async (input: LoginInput) => {
      const { data: result } = await client.mutate({
        mutation: LoginDocument,
        variables: { input },
        context: { skipAuth: true },
      });
      if (!result) throw new Error('Signing in returned nothing.');
      return start(result.login);
    },
    [client, start],
  );

  const signUp = useCallback(
    async (input: RegisterInput) => {
      const { data: result } = await client.mutate({
        mutation: RegisterDocument,
        variables: { input },
        context: { skipAuth: true },
      });
      if (!result) throw new Error('Creating the account returned nothing.');
      return start(result.register);
    },
    [client, start],
  );

  const forget = useCallback(async () => {
    clearTokens();
    await switchIdentity(client, null);
  }, [client]);

  const signOut = useCallback(async () => {
    const refreshToken = getRefreshToken();
    await unsubscribeFromPush(client).catch(() => undefined);
    if (refreshToken) {
      await client
        .mutate({ mutation: LogoutDocument, variables: { refreshToken }, context: { skipAuth: true } })
        .catch(() => undefined);
    }
    await forget();
  }, [client, forget]);

  const dismissEnded = useCallback(() => setEndedReason(null), []);

  const session = useMemo<Session>(
    () => ({
      viewer: data?.viewer ?? null,
      loading: restoring || (viewerLoading && !data),
      endedReason,
      dismissEnded,
      signIn,
      signUp,
      signOut,
      forget,
    }),
    [data, restoring, viewerLoading, endedReason, dismissEnded, signIn, signUp, signOut, forget],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
