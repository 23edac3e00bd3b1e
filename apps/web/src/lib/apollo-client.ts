import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import type { SessionViewerFragment } from '../gql/graphql';
import { getAccessToken, getRefreshToken, onRefreshTokenRemovedElsewhere } from './auth-tokens';
import { GRAPHQL_PATH } from './graphql-request';
import { ViewerDocument } from './session.documents';
import { endSession, getFreshAccessToken, onSessionEvent, refreshTokens } from './token-refresh';

declare module '@apollo/client' {
  /** Operation context flags understood by Haven's links. */
  interface DefaultContext {
    /** Send the request without the member's token (sign in, sign up, sign out). */
    skipAuth?: boolean;
    /** Set once the operation has been retried after a token refresh. */
    authRetried?: boolean;
    /** The access token the operation was sent with. */
    sentToken?: string | null;
  }
}

export function isUnauthenticated(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

/** Adds `Authorization: Bearer <access>`, refreshing first when the access token is about to expire. */
const authLink = new SetContextLink(async (context) => {
  const headers: Record<string, string> = { ...(context.headers as Record<string, string> | undefined) };
  delete headers.authorization;
  const token = context.skipAuth ? null : await getFreshAccessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  return { headers, sentToken: token };
});

/** On UNAUTHENTICATED: refresh once (shared with every concurrent request) and retry the operation. */
const refreshOnUnauthenticatedLink = new ErrorLink(({ error, operation, forward }) => {
  const context = operation.getContext();
  if (context.skipAuth || context.authRetried) return;
  if (!isUnauthenticated(error) || !getRefreshToken()) return;
  operation.setContext({ authRetried: true });
  // A concurrent request already refreshed the session while this one was in flight: just retry.
  const current = getAccessToken();
  if (current && current !== context.sentToken) return forward(operation);
  return from(refreshTokens()).pipe(
    mergeMap((refreshed) => (refreshed ? forward(operation) : throwError(() => error))),
  );
});

/**
 * Someone else is now using the app (signed in, signed out): everything cached was read as the previous
 * identity, so drop it, record the new viewer, and let the visible queries ask again.
 */
export async function switchIdentity(
  client: ApolloClient,
  viewer: SessionViewerFragment | null,
): Promise<void> {
  await client.clearStore().catch(() => undefined);
  client.writeQuery({ query: ViewerDocument, data: { viewer } });
  await client.refetchObservableQueries().catch(() => undefined);
}

export function createApolloClient(): ApolloClient {
  const client = new ApolloClient({
    link: ApolloLink.from([refreshOnUnauthenticatedLink, authLink, new HttpLink({ uri: GRAPHQL_PATH })]),
    cache: new InMemoryCache({
      typePolicies: {
        // The signed-in member's own account has no id of its own: one per session, merged field by field.
        Viewer: { merge: true },
      },
    }),
  });

  onSessionEvent((event) => {
    if (event.type === 'refreshed') {
      client.writeQuery({ query: ViewerDocument, data: { viewer: event.viewer } });
    } else {
      void switchIdentity(client, null);
    }
  });
  onRefreshTokenRemovedElsewhere(() => endSession('elsewhere'));
  return client;
}
