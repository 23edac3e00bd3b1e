import { NavLink } from 'react-router';
import { useSession } from '../../lib';

/** Links between the moderation pages. */
export function ModerationNav() {
  const { viewer } = useSession();
  return (
    <nav className="moderation-nav" aria-label="Moderation">
      <ul>
        <li>
          <NavLink to="/moderation" end>
            Queue
          </NavLink>
        </li>
        <li>
          <NavLink to="/moderation/log">Log</NavLink>
        </li>
        {viewer?.user.role === 'ADMIN' ? (
          <>
            <li>
              <NavLink to="/moderation/rules">Automatic rules</NavLink>
            </li>
            <li>
              <NavLink to="/moderation/saved-replies">Saved replies</NavLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
