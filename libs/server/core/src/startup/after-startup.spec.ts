import { afterStartup, AFTER_STARTUP_MS } from './after-startup';

describe('afterStartup', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the task once the delay has passed, not before', async () => {
    const task = jest.fn();
    afterStartup(task);
    jest.advanceTimersByTime(AFTER_STARTUP_MS - 1);
    await Promise.resolve();
    expect(task).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await Promise.resolve();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled (an app that shut down starts no loading)', async () => {
    const task = jest.fn();
    afterStartup(task).cancel();
    jest.advanceTimersByTime(AFTER_STARTUP_MS * 10);
    await Promise.resolve();
    expect(task).not.toHaveBeenCalled();
  });

  it('hands a failed task, thrown or rejected, to onError', async () => {
    const errors: unknown[] = [];
    afterStartup(
      () => {
        throw new Error('thrown');
      },
      (e) => errors.push(e),
    );
    afterStartup(
      () => Promise.reject(new Error('rejected')),
      (e) => errors.push(e),
    );
    jest.advanceTimersByTime(AFTER_STARTUP_MS);
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
    expect(errors.map((e) => (e as Error).message).sort()).toEqual(['rejected', 'thrown']);
  });
});
