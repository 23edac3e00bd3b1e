import type { INestApplication } from '@nestjs/common';
import { Clock } from '@haven/server/core';

export interface ControlledClock {
  /** Moves the app's clock forward (or back, with a negative amount). */
  advance(ms: number): void;
  set(date: Date): void;
  restore(): void;
}

/** Takes over the running app's `Clock`, so tests of expiry move time instead of waiting for it. */
export function controlClock(app: INestApplication): ControlledClock {
  const clock = app.get(Clock);
  let offset = 0;
  clock.now = () => new Date(Date.now() + offset);
  return {
    advance(ms) {
      offset += ms;
    },
    set(date) {
      offset = date.getTime() - Date.now();
    },
    restore() {
      offset = 0;
    },
  };
}
