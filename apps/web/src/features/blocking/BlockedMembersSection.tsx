import { Link } from 'react-router';
import { BlockButton } from './BlockButton';
import { useBlockedMembers } from './useBlockedMembers';

/** The viewer's blocked members, each with Unblock (on their own profile page). */
export function BlockedMembersSection() {
  const blocks = useBlockedMembers();
  return (
    <section aria-labelledby="blocked-members-heading" className="section">
      <h2 id="blocked-members-heading">Blocked members</h2>
      <p className="f-muted">
        Their posts, comments and chat messages are folded for you, they cannot reply to you, and nothing
        between you sends a notification. They are not told.
      </p>
      {blocks.members.length === 0 ? (
        <p>You have not blocked anyone.</p>
      ) : (
        <ul className="link-list blocked-members">
          {blocks.members.map((member) => (
            <li key={member.id}>
              <Link to={`/u/${encodeURIComponent(member.handle)}`}>@{member.handle}</Link>{' '}
              <BlockButton user={member} variant="quiet" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
