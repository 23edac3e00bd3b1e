/** How long after boot the deferred warm-ups begin. */
export const AFTER_STARTUP_MS = 1000;

/**
 * Runs `task` a moment after the app has booted (call it from `onApplicationBootstrap`, which runs just
 * before the server listens), so the app's first requests (a health check, the first page) are not
 * queued behind it: loading a large dictionary or language model blocks the event loop while it runs.
 * Whatever needs the loaded thing still loads it itself when it is asked for first. The timer does not
 * keep the process alive.
 */
export function afterStartup(task: () => unknown, delayMs = AFTER_STARTUP_MS): void {
  setTimeout(() => void task(), delayMs).unref();
}
