import { NavLink } from 'react-router';
import { useUnreadCount } from './useUnreadCount';

/** The header link to the notifications, with the unread count kept live. */
export function NotificationBadge() {
  const unread = useUnreadCount(true);
  const label = unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  return (
    <NavLink to="/notifications" className="notification-badge" aria-label={label}>
      <span aria-hidden="true">Notifications</span>
      {unread > 0 ? (
        <span className="notification-badge__count" data-testid="notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
