import { NavLink } from 'react-router';

/** Links between the sections of the admin console, and the moderation tools administrators manage. */
export function AdminNav() {
  return (
    <nav className="moderation-nav" aria-label="Admin console">
      <ul>
        <li>
          <NavLink to="/admin" end>
            Overview
          </NavLink>
        </li>
        <li>
          <NavLink to="/admin/categories">Categories</NavLink>
        </li>
        <li>
          <NavLink to="/admin/rooms">Chat rooms</NavLink>
        </li>
        <li>
          <NavLink to="/admin/members">Members</NavLink>
        </li>
        <li>
          <NavLink to="/admin/outbox">E-mail outbox</NavLink>
        </li>
        <li>
          <NavLink to="/moderation/rules">Automatic rules</NavLink>
        </li>
        <li>
          <NavLink to="/moderation/saved-replies">Saved replies</NavLink>
        </li>
      </ul>
    </nav>
  );
}
