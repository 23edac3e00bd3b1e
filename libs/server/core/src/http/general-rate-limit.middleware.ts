import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@haven/shared/contracts';
import { AppConfig } from '../config/app-config';
import { RateLimitedError } from '../errors';
import { RateLimiter } from '../rate-limit/rate-limiter.service';

/** The general per-IP limit on the API, shared by every instance. */
@Injectable()
export class GeneralRateLimitMiddleware implements NestMiddleware {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async use(req: Request, res: Response, next: NextFunction) {
    try {
      await this.limiter.consume('ip', req.ip ?? 'unknown', this.config.rateLimits.general);
      next();
    } catch (error) {
      if (!(error instanceof RateLimitedError)) return next(error);
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res
        .status(429)
        .json({ errors: [{ message: error.message, extensions: { code: ErrorCode.RATE_LIMITED } }] });
    }
  }
}
