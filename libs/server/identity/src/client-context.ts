import type { Request } from 'express';
import { AccessTokenService } from '@haven/server/core';

/** Who is asking, as the request says: the IP (behind TRUST_PROXY when set) and the user agent. */
export interface ClientContext {
  ip: string;
  userAgent: string | null;
}

export function clientOf(req: Request): ClientContext {
  const agent = req.headers['user-agent'];
  return {
    ip: req.ip ?? 'unknown',
    userAgent: typeof agent === 'string' && agent ? agent.slice(0, 300) : null,
  };
}

/** The session id (`sid`) of the request's access token; the guard has already checked the token. */
export function currentSessionId(req: Request, accessTokens: AccessTokenService): string | null {
  const token = AccessTokenService.fromHeader(req.headers.authorization);
  if (!token) return null;
  try {
    return accessTokens.verify(token).sid ?? null;
  } catch {
    return null;
  }
}
