/** How long after boot the deferred warm-ups begin. */
export const AFTER_STARTUP_MS = 1000;

/** A deferred warm-up; `cancel` it when the app shuts down (a stopped app must not start loading). */
export interface AfterStartup {
  cancel(): void;
}

/**
 * Runs `task` a moment after the app has booted (call it from `onApplicationBootstrap`, which runs just
 * before the server listens), so the app's first requests (a health check, the first page) are not
 * queued behind it: loading a large dictionary or language model blocks the event loop while it runs.
 * Whatever needs the loaded thing still loads it itself when it is asked for first, and sees any error
 * then: a failed warm-up is reported to `onError` and changes nothing. The timer does not keep the
 * process alive.
 */
export function afterStartup(
  task: () => unknown,
  onError: (error: unknown) => void = () => undefined,
  delayMs = AFTER_STARTUP_MS,
): AfterStartup {
  const timer = setTimeout(() => {
    Promise.resolve()
      .then(task)
      .catch((error: unknown) => onError(error));
  }, delayMs);
  timer.unref();
  return { cancel: () => clearTimeout(timer) };
}
