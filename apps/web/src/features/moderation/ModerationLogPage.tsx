import { Link, useSearchParams } from 'react-router';
import { LoadMore, errorMessage, formatDateTime, usePagedQuery } from '../../lib';
import { EmptyState, ErrorState, Loading, Page } from '../../ui';
import { KIND_LABELS, actionLabel } from './labels';
import { ModerationLogDocument } from './moderation.documents';
import { ModerationNav } from './ModerationNav';
import './moderation.css';

const UUID = /^[0-9a-f-]{36}$/i;

/** Every moderation action, newest first. The log cannot be edited. */
export function ModerationLogPage() {
  const [params] = useSearchParams();
  const member = params.get('member');
  const targetUserId = member && UUID.test(member) ? member : null;
  const log = usePagedQuery(
    ModerationLogDocument,
    { variables: { first: 30, targetUserId }, fetchPolicy: 'cache-and-network' },
    (answer) => answer.moderationLog,
  );
  const { nodes, loading, error, refetch } = log;

  return (
    <Page
      title="Moderation log"
      intro="Every action taken, by whom and why. Entries can never be changed or deleted."
    >
      <ModerationNav />
      {targetUserId ? (
        <p>
          Showing actions about one member. <Link to="/moderation/log">Show everything</Link>
        </p>
      ) : null}
      {error && nodes.length === 0 ? (
        <ErrorState
          title="We could not load the log"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && nodes.length === 0 ? (
        <Loading label="Loading the log…" />
      ) : nodes.length === 0 ? (
        <EmptyState title="No actions yet">
          <p>Resolved cases appear here.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="log-table">
            <caption className="visually-hidden">Moderation actions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Moderator</th>
                <th scope="col">Action</th>
                <th scope="col">About</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((entry) => (
                <tr key={entry.id}>
                  <td data-label="When">{formatDateTime(entry.createdAt)}</td>
                  <td data-label="Moderator">{entry.actor.handle}</td>
                  <td data-label="Action">
                    {actionLabel(entry.action)}
                    {entry.suspendedUntil ? ` until ${formatDateTime(entry.suspendedUntil)}` : ''}
                  </td>
                  <td data-label="About">
                    {entry.contentKind ? KIND_LABELS[entry.contentKind] : ''}
                    {entry.targetUser ? ` by ${entry.targetUser.handle}` : ''}
                    {entry.caseId ? (
                      <>
                        {' '}
                        <Link to={`/moderation/cases/${entry.caseId}`}>
                          case<span className="visually-hidden"> of {formatDateTime(entry.createdAt)}</span>
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Note">{entry.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore paging={log} label="Show older actions" />
    </Page>
  );
}
