import { Injectable } from '@nestjs/common';

/**
 * The time rules read: expiry of links and tokens, windows of limits. Injected so tests can set it
 * (see `controlClock` in @haven/server/testing) instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
