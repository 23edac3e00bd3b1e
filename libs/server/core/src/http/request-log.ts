import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';

const QUIET_PATHS = new Set(['/health', '/metrics']);

export interface LoggedRequest extends Request {
  id?: string;
}

/** The caller's `X-Request-Id` when it is a plain token, else a new one. */
function requestIdOf(req: Request): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/**
 * Request ids and one short log line per answered request: id, method, path (no query string), status
 * and time; never the headers or the body. The id is echoed as `X-Request-Id`. Nothing is built per
 * request for the log unless its level is on (`info` for answers, `error` for 5xx), so a quiet level
 * costs a request only its id.
 */
export function requestLog(logger: Logger) {
  return (req: LoggedRequest, res: Response, next: NextFunction): void => {
    const id = requestIdOf(req);
    req.id = id;
    res.setHeader('X-Request-Id', id);
    if (!QUIET_PATHS.has(req.path) && (logger.isLevelEnabled('info') || logger.isLevelEnabled('error'))) {
      const started = Date.now();
      const method = req.method;
      const url = req.originalUrl.split('?')[0];
      res.once('finish', () => {
        const failed = res.statusCode >= 500;
        const level = failed ? 'error' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        logger[level](
          {
            req: { id, method, url },
            res: { statusCode: res.statusCode },
            responseTime: Date.now() - started,
          },
          failed ? 'request errored' : 'request completed',
        );
      });
    }
    next();
  };
}
