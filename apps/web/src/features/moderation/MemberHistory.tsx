import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage, formatDateTime } from '../../lib';
import { ErrorState, Loading } from '../../ui';
import { PriorityBadge, StatusBadge } from './CaseBadges';
import { KIND_LABELS, actionLabel } from './labels';
import { MemberCaseHistoryDocument } from './moderation.documents';

/** Every case about one member, newest first: the context for deciding what to do. */
export function MemberHistory({
  userId,
  handle,
  currentCaseId,
}: {
  userId: string;
  handle: string;
  currentCaseId: string;
}) {
  const { data, loading, error, refetch } = useQuery(MemberCaseHistoryDocument, {
    variables: { userId, first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  if (error)
    return (
      <ErrorState
        title="History not available"
        message={errorMessage(error)}
        onRetry={() => void refetch()}
      />
    );
  if (loading && !data) return <Loading label={`Loading ${handle}’s history…`} />;
  const others = (data?.memberCaseHistory.nodes ?? []).filter((c) => c.id !== currentCaseId);
  if (others.length === 0) return <p>No other cases about {handle}.</p>;
  return (
    <ol className="history-list">
      {others.map((c) => (
        <li key={c.id}>
          <PriorityBadge priority={c.priority} /> <StatusBadge status={c.status} />{' '}
          {KIND_LABELS[c.contentKind]} · {formatDateTime(c.createdAt)}
          {c.resolution ? ` · ${actionLabel(c.resolution)}` : ''}
          <br />
          <Link to={`/moderation/cases/${c.id}`}>{c.excerpt || '(no text)'}</Link>
        </li>
      ))}
      {data?.memberCaseHistory.pageInfo.hasNextPage ? <li>Older cases are in the log.</li> : null}
    </ol>
  );
}
