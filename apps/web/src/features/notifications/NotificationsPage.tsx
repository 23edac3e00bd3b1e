import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { LoadMore, errorMessage, formatDateTime, usePagedQuery } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page } from '../../ui';
import { NotificationPreferencesPanel } from './NotificationPreferencesPanel';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from './notifications.documents';
import './notifications.css';

/** The member's notifications, newest first: open one to read it, or mark all read. */
export function NotificationsPage() {
  const list = usePagedQuery(
    NotificationsDocument,
    { variables: { first: 25 }, fetchPolicy: 'cache-and-network' },
    (answer) => answer.notifications,
  );
  const { data, loading, error, refetch, nodes } = list;
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
  });
  const unread = data?.notifications.unreadCount ?? 0;

  return (
    <Page title="Notifications" narrow>
      {marking.error ? <Alert tone="error">{errorMessage(marking.error)}</Alert> : null}
      {error && nodes.length === 0 ? (
        <ErrorState
          title="We could not load your notifications"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && nodes.length === 0 ? (
        <Loading label="Loading your notifications…" />
      ) : nodes.length === 0 ? (
        <EmptyState title="Nothing new">
          <p>Replies, mentions and reactions to what you share will appear here.</p>
        </EmptyState>
      ) : (
        <>
          {unread > 0 ? (
            <p>
              <Button
                variant="secondary"
                busy={marking.loading}
                busyLabel="Marking…"
                onClick={() => void markRead({ variables: { ids: null } })}
              >
                Mark all {unread} as read
              </Button>
            </p>
          ) : null}
          <ol className="notification-list">
            {nodes.map((n) => (
              <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
                <Link
                  to={n.path}
                  className="notification__link"
                  onClick={() => {
                    if (!n.readAt) void markRead({ variables: { ids: [n.id] } });
                  }}
                >
                  {n.readAt ? null : <span className="badge badge--new">New</span>} {n.summary}
                </Link>
                <p className="notification__time">{formatDateTime(n.createdAt)}</p>
              </li>
            ))}
          </ol>
          <LoadMore paging={list} label="Show older" />
        </>
      )}
      <NotificationPreferencesPanel />
    </Page>
  );
}
