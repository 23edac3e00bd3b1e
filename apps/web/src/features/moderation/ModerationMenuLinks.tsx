import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useSession } from '../../lib';
import { UnreadNoticeCountDocument } from './moderation.documents';

/**
 * Menu items for the signed-in member: their notices (with the unread count), for moderators the queue,
 * and for administrators the admin console.
 */
export function ModerationMenuLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { viewer } = useSession();
  const { data } = useQuery(UnreadNoticeCountDocument, { skip: !viewer, pollInterval: 60_000 });
  if (!viewer) return null;
  const unread = data?.myNotices.unreadCount ?? 0;
  const role = viewer.user.role;
  return (
    <>
      <li>
        <Link to="/notices" onClick={onNavigate}>
          Notices
          {unread > 0 ? (
            <span className="count-badge">
              {unread}
              <span className="visually-hidden"> unread</span>
            </span>
          ) : null}
        </Link>
      </li>
      {role === 'MODERATOR' || role === 'ADMIN' ? (
        <li>
          <Link to="/moderation" onClick={onNavigate}>
            Moderation queue
          </Link>
        </li>
      ) : null}
      {role === 'ADMIN' ? (
        <li>
          <Link to="/admin" onClick={onNavigate}>
            Admin console
          </Link>
        </li>
      ) : null}
    </>
  );
}
