export { getAccessToken, storeTokens } from './auth-tokens';
export { errorCode, errorField, errorMessage } from './errors';
export { useSession, type Session, type SessionViewer } from './session';
export { getFreshAccessToken } from './token-refresh';
export { RequireMember } from './RequireMember';
export { useRouteNotice, type RouteNotice } from './route-notice';
export { formatLocalMoment } from './local-time';
export { subscribeToPush, unsubscribeFromPush } from './web-push';
