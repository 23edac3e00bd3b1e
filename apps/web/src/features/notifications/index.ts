export { NotificationsPage } from './NotificationsPage';
export { NotificationBadge } from './NotificationBadge';
export { WatchControl } from './WatchControl';
export { HandleSuggestionsDocument } from './notifications.documents';
export { MentionText } from './MentionText';
export { MentionSuggestions } from './MentionSuggestions';
export { MemberProfilePage } from './MemberProfilePage';
