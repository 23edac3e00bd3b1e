import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  ForbiddenError,
  RateLimitedError,
  RateLimiter,
  SharedStore,
  isModerator,
  type Actor,
} from '@haven/server/core';

/** Where a room stands for one sender, read in the same query as the retry check. */
export interface SendContext {
  locked: boolean;
  slowModeSeconds: number;
  mutedUntil: Date | null;
}

/** Slow mode: the member sent in this room less than `slowModeSeconds` ago. */
export class SlowModeError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds);
    this.message = `Slow mode is on in this room: you can send again in ${retryAfterSeconds} seconds.`;
  }
}

const slowKey = (roomId: string, userId: string) => `chat:slow:${roomId}:${userId}`;

/**
 * Who may send now: mutes, locked rooms, slow mode and the chat rate limit. Moderators are exempt from
 * locks and slow mode (they moderate locked rooms), not from the rate limit. `admit` reserves the
 * sender's slow-mode slot; `release` frees it again when the message was not stored after all.
 */
@Injectable()
export class SendPolicy {
  constructor(
    private readonly store: SharedStore,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async admit(actor: Actor, roomId: string, context: SendContext): Promise<{ release(): Promise<void> }> {
    if (context.mutedUntil && context.mutedUntil > new Date()) {
      const until = context.mutedUntil.toISOString();
      throw new ForbiddenError(
        'A moderator has muted you in this room for a while. You can still read along.',
        {
          mutedUntil: until,
        },
      );
    }
    const moderator = isModerator(actor);
    if (context.locked && !moderator) {
      throw new ForbiddenError('This room is locked by the moderators for now. You can still read along.');
    }
    let reserved = false;
    if (context.slowModeSeconds > 0 && !moderator) {
      const key = slowKey(roomId, actor.id);
      const until = Date.now() + context.slowModeSeconds * 1000;
      if (!(await this.store.setIfAbsent(key, String(until), context.slowModeSeconds))) {
        const previous = Number(await this.store.get(key));
        const wait =
          Number.isFinite(previous) && previous > Date.now() ? Math.ceil((previous - Date.now()) / 1000) : 1;
        throw new SlowModeError(Math.max(wait, 1));
      }
      reserved = true;
    }
    const release = async () => {
      if (reserved) await this.store.del(slowKey(roomId, actor.id));
    };
    try {
      await this.limiter.consume('chat', actor.id, this.config.rateLimits.chat);
    } catch (error) {
      await release();
      throw error;
    }
    return { release };
  }
}
