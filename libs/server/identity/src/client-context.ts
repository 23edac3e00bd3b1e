import type { Request } from 'express';

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
