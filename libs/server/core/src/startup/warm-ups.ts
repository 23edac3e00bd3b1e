import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

/** How long after boot the deferred warm-ups begin. */
export const AFTER_STARTUP_MS = 1000;

interface WarmUp {
  name: string;
  task: () => unknown;
}

/**
 * Loading that is worth doing before it is first needed, but not before the app serves: a large
 * dictionary or language model blocks the event loop while it loads, and the app's first requests (a
 * health check, the first page) should not queue behind it. Services `add` their warm-up while the
 * modules initialise; the warm-ups run one after another a moment after boot (just before the server
 * listens, Nest runs `onApplicationBootstrap`). Whatever needs the loaded thing still loads it itself
 * when it is asked for first and sees any error then: a failed warm-up is logged and changes nothing.
 * A stopped app starts no loading; the timer does not keep the process alive.
 */
@Injectable()
export class WarmUps implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WarmUps.name);
  private readonly pending: WarmUp[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  /** Defers `task` until after boot; `name` says what failed when it does. */
  add(name: string, task: () => unknown): void {
    this.pending.push({ name, task });
  }

  onApplicationBootstrap(): void {
    this.timer = setTimeout(() => void this.settled(), AFTER_STARTUP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.pending.length = 0;
  }

  /**
   * Runs the warm-ups not yet run, now, and resolves when all have finished (failed ones included):
   * for a caller that must know nothing more will load behind its back, such as a measurement.
   */
  settled(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    const batch = this.pending.splice(0);
    this.running = this.running.then(() => this.runAll(batch));
    return this.running;
  }

  private async runAll(batch: readonly WarmUp[]): Promise<void> {
    for (const { name, task } of batch) {
      if (this.stopped) return;
      try {
        await task();
      } catch (error) {
        this.logger.error(`Loading ${name} ahead of use failed: ${String(error)}`);
      }
    }
  }
}
