/**
 * Whether a browser origin may talk to the API: the API's own origin, or one in CORS_ORIGINS.
 * Requests without an Origin header come from non-browser clients and carry no ambient credentials.
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowList: string[],
): boolean {
  if (!origin) return true;
  if (allowList.includes(origin)) return true;
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
