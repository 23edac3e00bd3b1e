export { getAccessToken, storeTokens } from './auth-tokens';
export { errorCode, errorField, errorMessage } from './errors';
export { useSession, type Session, type SessionViewer } from './session';
export { getFreshAccessToken } from './token-refresh';
export { RequireMember } from './RequireMember';
export { useRouteNotice, type RouteNotice } from './route-notice';
export { announceCatalogChange, useCatalogChanges } from './catalog-changes';
export { useFieldErrors, visibleErrors, type ShownErrors } from './field-errors';
export {
  formatClock,
  formatDate,
  formatDateTime,
  formatDay,
  formatLocalMoment,
  formatLongDate,
} from './local-time';
export { PushSetupError, renewPushSubscription, subscribeToPush, unsubscribeFromPush } from './web-push';
export { prefetches, usePrefetchedFetchPolicy, type Prefetches } from './prefetch';
export { appendPage, usePagedQuery, type Connection } from './paging';
export { LoadMore } from './LoadMore';
