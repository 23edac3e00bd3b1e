export { NotificationsPage } from './NotificationsPage';
export { NotificationBadge } from './NotificationBadge';
export { WatchControl } from './WatchControl';
export { HandleSuggestionsDocument } from './notifications.documents';
