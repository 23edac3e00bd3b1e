import { NavLink } from 'react-router';
import { useUnreadCount } from './useUnreadCount';

/** The header link to the notifications, with the unread count kept live. */
export function NotificationBadge() {
  const unread = useUnreadCount(true);
  // The visible words are the start of the accessible name: "Notifications 3 unread".
  return (
    <NavLink to="/notifications" className="notification-badge">
      <span aria-hidden="true" className="notification-badge__bell">
        🔔
      </span>
      <span className="visually-hidden">Notifications</span>
      {unread > 0 ? (
        <>
          {' '}
          <span className="notification-badge__count" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
          <span className="visually-hidden"> unread</span>
        </>
      ) : null}
    </NavLink>
  );
}
