import { Injectable } from '@nestjs/common';
import { AppConfig, RateLimiter, type Actor } from '@haven/server/core';

/** The forum's write, moderation and reaction rate limits. */
@Injectable()
export class ForumLimitsService {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  consumeWrite(actor: Actor): Promise<void> {
    return this.limiter.consume('forum:write', actor.id, this.config.rateLimits.write);
  }

  /** Moderators' thread tools (pin, lock, move). */
  consumeModeration(actor: Actor): Promise<void> {
    return this.limiter.consume('forum:moderate', actor.id, this.config.rateLimits.write);
  }

  consumeReaction(actor: Actor): Promise<void> {
    return this.limiter.consume('forum:react', actor.id, this.config.rateLimits.write);
  }
}
