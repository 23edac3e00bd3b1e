import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, formatDateTime, formatLocalMoment } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page } from '../../ui';
import { AppealForm, AppealState } from './AppealForm';
import { canStillAppeal, contentPath } from './labels';
import {
  MarkNoticesReadDocument,
  MyNoticesDocument,
  UnreadNoticeCountDocument,
} from './moderation.documents';
import './moderation.css';

/** The member's notices of moderation actions about their content or account. */
export function NoticesPage() {
  const { data, loading, error, refetch } = useQuery(MyNoticesDocument, {
    variables: { first: 25 },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MarkNoticesReadDocument, {
    refetchQueries: [MyNoticesDocument, UnreadNoticeCountDocument],
  });
  const notices = data?.myNotices.nodes ?? [];
  const unread = data?.myNotices.unreadCount ?? 0;

  return (
    <Page
      title="Notices"
      narrow
      intro={
        <p>
          What the moderation team did about what you shared or about your account. You can appeal a decision
          once, within 30 days. If you are struggling right now, <Link to="/help">help is here</Link>.
        </p>
      }
    >
      {marking.error ? <Alert tone="error">{errorMessage(marking.error)}</Alert> : null}
      {error && notices.length === 0 ? (
        <ErrorState
          title="We could not load your notices"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && notices.length === 0 ? (
        <Loading label="Loading your notices…" />
      ) : notices.length === 0 ? (
        <EmptyState title="No notices">
          <p>When a moderator acts on something you shared, you will read about it here.</p>
        </EmptyState>
      ) : (
        <>
          {unread > 0 ? (
            <p>
              <Button
                variant="secondary"
                busy={marking.loading}
                busyLabel="Marking…"
                onClick={() => void markRead()}
              >
                Mark all {unread} as read
              </Button>
            </p>
          ) : null}
          <ol className="notice-list">
            {notices.map((notice) => {
              const path =
                notice.contentKind && notice.contentId
                  ? contentPath(notice.contentKind, notice.contentId, {})
                  : null;
              return (
                <li key={notice.id} className={notice.read ? 'notice' : 'notice notice--unread'}>
                  <p className="notice__meta">
                    {notice.read ? null : <span className="badge badge--new">New</span>}{' '}
                    {formatDateTime(notice.createdAt)}
                  </p>
                  <p className="notice__message">{notice.message}</p>
                  {notice.endsAt ? (
                    <p className="notice__note">
                      Until <time dateTime={notice.endsAt}>{formatLocalMoment(notice.endsAt)}</time>
                    </p>
                  ) : null}
                  {notice.note ? <p className="notice__note">Moderator’s note: {notice.note}</p> : null}
                  {path ? (
                    <p className="notice__note">
                      <Link to={path}>See what this is about</Link>
                    </p>
                  ) : null}
                  {notice.appeal ? (
                    <AppealState appeal={notice.appeal} />
                  ) : canStillAppeal(notice.appealableUntil) ? (
                    <AppealForm noticeId={notice.id} until={notice.appealableUntil} />
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Page>
  );
}
