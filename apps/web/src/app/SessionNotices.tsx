import { Link } from 'react-router';
import { SuspensionAppeal } from '../features/moderation/SuspensionAppeal';
import { formatDateTime, useSession } from '../lib';
import { Alert, Button } from '../ui';

/** Site-wide messages about the member's session and account standing. */
export function SessionNotices() {
  const { viewer, endedReason, dismissEnded } = useSession();
  return (
    <>
      {endedReason && !viewer ? (
        <Alert
          tone="info"
          className="site-notice"
          actions={
            <Button variant="quiet" onClick={dismissEnded}>
              Dismiss
            </Button>
          }
        >
          <p>
            {endedReason === 'elsewhere'
              ? 'You signed out in another tab.'
              : 'Your session has ended, so you have been signed out.'}{' '}
            <Link to="/sign-in" onClick={dismissEnded}>
              Sign in again
            </Link>{' '}
            to carry on.
          </p>
        </Alert>
      ) : null}
      {viewer && viewer.status !== 'ACTIVE' ? (
        <Alert tone="warning" className="site-notice">
          <p>
            {viewer.status === 'SUSPENDED'
              ? `Your account is suspended${
                  viewer.suspendedUntil ? ` until ${formatDateTime(viewer.suspendedUntil)}` : ''
                }. You can still read, but not post or chat.`
              : 'Your account has been closed by the moderators. You can still read what others share.'}
          </p>
          {viewer.status === 'SUSPENDED' ? (
            <>
              <p>
                <Link to="/notices">Read the notice</Link> about it.
              </p>
              <SuspensionAppeal />
            </>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
