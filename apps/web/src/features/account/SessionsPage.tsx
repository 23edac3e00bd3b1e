import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, formatDateTime } from '../../lib';
import { Alert, Button, ErrorState, Loading, Page } from '../../ui';
import { MySessionsDocument, RevokeOtherSessionsDocument, RevokeSessionDocument } from './account.documents';

/** A readable name for a user agent: the browser and the system, when they can be told. */
function deviceName(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return browser && system ? `${browser} on ${system}` : userAgent.slice(0, 60);
}

export function SessionsPage() {
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [revoke, revoking] = useMutation(RevokeSessionDocument, { refetchQueries: ['MySessions'] });
  const [revokeOthers, revokingOthers] = useMutation(RevokeOtherSessionsDocument, {
    refetchQueries: ['MySessions'],
  });
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current);
  const actionError = revoking.error ?? revokingOthers.error;

  return (
    <Page title="Where you are signed in" narrow>
      {actionError ? (
        <Alert tone="error" title="That did not work">
          <p>{errorMessage(actionError)}</p>
        </Alert>
      ) : null}
      {data ? (
        <>
          <ul className="session-list">
            {sessions.map((session) => (
              <li key={session.id} className="session-list__item">
                <p>
                  <strong>{deviceName(session.userAgent)}</strong>
                  {session.current ? ' — this device' : null}
                </p>
                <p>Last active {formatDateTime(session.lastSeenAt)}</p>
                {!session.current ? (
                  <Button
                    variant="secondary"
                    onClick={() => void revoke({ variables: { id: session.id } }).catch(() => undefined)}
                    aria-label={`Sign out ${deviceName(session.userAgent)}, last active ${formatDateTime(session.lastSeenAt)}`}
                  >
                    Sign out
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {others.length > 0 ? (
            <Button
              variant="danger"
              busy={revokingOthers.loading}
              busyLabel="Signing out…"
              onClick={() => void revokeOthers().catch(() => undefined)}
            >
              Sign out every other device
            </Button>
          ) : (
            <p>You are not signed in anywhere else.</p>
          )}
        </>
      ) : loading ? (
        <Loading label="Loading your sessions…" />
      ) : (
        <ErrorState
          title="We could not load your sessions"
          message={error ? errorMessage(error) : 'Please try again.'}
          onRetry={() => void refetch()}
        />
      )}
      <p>
        <Link to="/profile">Back to your profile</Link>
      </p>
    </Page>
  );
}
