import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage, formatDateTime } from '../../lib';
import { ErrorState, Loading } from '../../ui';
import { MemberHomeDocument } from './home.documents';

/** The signed-in home: the latest threads, unread replies and mentions, and moderation notices. */
export function MemberHome() {
  const { data, loading, error, refetch } = useQuery(MemberHomeDocument, {
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    return error ? (
      <ErrorState
        title="We could not load what is new"
        message={errorMessage(error)}
        onRetry={() => void refetch()}
      />
    ) : loading ? (
      <Loading label="Loading what is new…" />
    ) : null;
  }

  const { latest, unread, notices } = data;
  const unreadNotices = notices.nodes.filter((n) => !n.read);
  return (
    <div className="member-home">
      <section aria-labelledby="latest-heading" className="section">
        <h2 id="latest-heading">Latest threads</h2>
        {latest.nodes.length === 0 ? (
          <p>
            No threads yet. <Link to="/forum/new">Start the first one</Link>.
          </p>
        ) : (
          <ul className="member-home__list">
            {latest.nodes.map((post) => (
              <li key={post.id}>
                <Link to={`/forum/p/${post.id}`}>{post.title}</Link>
                <span className="member-home__meta">
                  {post.category.name} · {post.commentCount} {post.commentCount === 1 ? 'reply' : 'replies'} ·{' '}
                  {formatDateTime(post.lastActivityAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/forum">All threads</Link>
        </p>
      </section>

      <section aria-labelledby="unread-heading" className="section">
        <h2 id="unread-heading">Unread for you{unread.unreadCount > 0 ? ` (${unread.unreadCount})` : ''}</h2>
        {unread.nodes.length === 0 ? (
          <p>Nothing unread: replies and mentions will show here.</p>
        ) : (
          <ul className="member-home__list">
            {unread.nodes.map((n) => (
              <li key={n.id}>
                <Link to={n.path}>{n.summary}</Link>
                <span className="member-home__meta">{formatDateTime(n.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/notifications">All notifications</Link>
        </p>
      </section>

      {unreadNotices.length > 0 ? (
        <section aria-labelledby="notices-heading" className="section">
          <h2 id="notices-heading">Notices from the moderators ({notices.unreadCount})</h2>
          <ul className="member-home__list">
            {unreadNotices.map((n) => (
              <li key={n.id}>
                {n.message}
                <span className="member-home__meta">{formatDateTime(n.createdAt)}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/notices">Read your notices</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
