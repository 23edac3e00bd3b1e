export { getAccessToken, storeTokens } from './auth-tokens';
export { errorCode, errorField, errorMessage } from './errors';
export { useSession, type Session, type SessionViewer } from './session';
export { getFreshAccessToken } from './token-refresh';
export { RequireMember } from './RequireMember';
export { useRouteNotice, type RouteNotice } from './route-notice';
export { announceCatalogChange, useCatalogChanges } from './catalog-changes';
export { useFieldErrors, visibleErrors, type ShownErrors } from './field-errors';
