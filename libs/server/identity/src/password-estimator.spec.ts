import type { Worker } from 'node:worker_threads';
import type { Clock } from '@haven/server/core';
import { ESTIMATOR_HEAP, ESTIMATOR_IDLE_MS, PasswordEstimator } from './password-estimator';

/** A clock that moves only when told to. */
function stoppedClock(): Clock & { advance(ms: number): void } {
  let now = Date.parse('2026-12-01T09:00:00Z');
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/**
 * The estimator's worker thread. The spec reaches past `private` (TypeScript allows it with brackets,
 * still type-checked) to end the thread as a crash would, rather than the class opening a door for tests.
 */
function workerOf(estimator: PasswordEstimator): Worker | null {
  return estimator['worker'];
}

describe('PasswordEstimator', () => {
  const clock = stoppedClock();
  const estimator = new PasswordEstimator(clock);
  afterAll(() => estimator.onModuleDestroy());

  it('scores passwords in its worker: a keyboard run low, with a hint; unrelated words high', async () => {
    expect(estimator.running).toBe(false);
    const weak = await estimator.check('qwertyuiop12', []);
    expect(weak.score).toBeLessThan(3);
    expect(weak.warning ?? weak.suggestions[0]).toEqual(expect.any(String));
    const strong = await estimator.check('lantern orchard velvet mosaic', []);
    expect(strong.score).toBeGreaterThanOrEqual(3);
    expect(estimator.running).toBe(true);
  });

  it('checks a burst of passwords in a worker whose heap is capped', async () => {
    const scores = await Promise.all(
      Array.from({ length: 300 }, (_, i) => estimator.check(`a burst password ${i}`, [`member_${i}`])),
    );
    expect(scores.every((estimate) => estimate.score >= 0 && estimate.score <= 4)).toBe(true);
    expect(workerOf(estimator)?.resourceLimits).toMatchObject(ESTIMATOR_HEAP);
  });

  it('counts the words it is given as guessable', async () => {
    const alone = await estimator.check('marigoldtelescope', []);
    const given = await estimator.check('marigoldtelescope', ['marigoldtelescope']);
    expect(given.score).toBeLessThan(alone.score);
  });

  it('keeps its worker until ESTIMATOR_IDLE_MS pass without a check, then lets it go', async () => {
    await estimator.check('a quiet harbour at dawn', []);
    clock.advance(ESTIMATOR_IDLE_MS - 1);
    expect(await estimator.releaseIfIdle()).toBe(false);
    expect(estimator.running).toBe(true);
    clock.advance(1);
    expect(await estimator.releaseIfIdle()).toBe(true);
    expect(estimator.running).toBe(false);
    expect(await estimator.releaseIfIdle()).toBe(false);
  });

  it('starts a new worker for the next password after letting one go', async () => {
    expect(estimator.running).toBe(false);
    expect((await estimator.check('copper kettle winter garden', [])).score).toBeGreaterThanOrEqual(3);
    expect(estimator.running).toBe(true);
  });

  it('does not let a worker go while it holds a check', async () => {
    clock.advance(ESTIMATOR_IDLE_MS);
    const checking = estimator.check('seven tidy foxes humming', []);
    clock.advance(ESTIMATOR_IDLE_MS);
    expect(await estimator.releaseIfIdle()).toBe(false);
    await checking;
    expect(estimator.running).toBe(true);
  });

  it('fails a check that throws alone: the checks around it are answered and the worker stays up', async () => {
    const before = estimator.check('harbour lights in the fog', []);
    const worker = workerOf(estimator);
    expect(worker).not.toBeNull();
    // Not a string: zxcvbn throws inside the worker, for this check only.
    const thrown = estimator.check(undefined as unknown as string, []).then(
      () => null,
      (error: unknown) => error,
    );
    const after = estimator.check('paper boats on the canal', []);
    const [estimateBefore, error, estimateAfter] = await Promise.all([before, thrown, after]);
    expect(error).toBeInstanceOf(Error);
    // The message zxcvbn threw, not the one of a worker that stopped.
    expect((error as Error).message).toMatch(/undefined/);
    expect((error as Error).message).not.toMatch(/stopped/);
    expect(estimateBefore.score).toBeGreaterThanOrEqual(3);
    expect(estimateAfter.score).toBeGreaterThanOrEqual(3);
    expect(estimator.running).toBe(true);
    expect(workerOf(estimator)).toBe(worker);
    // And the same worker answers the next one.
    expect((await estimator.check('copper kettle winter garden', [])).score).toBeGreaterThanOrEqual(3);
    expect(workerOf(estimator)).toBe(worker);
  });

  it('fails the checks of a worker that exits, and answers the next one from a new worker', async () => {
    const outcomes = Promise.allSettled([
      estimator.check('dusk over the salt marsh', []),
      estimator.check('a lamp left on upstairs', []),
    ]);
    const worker = workerOf(estimator);
    expect(worker).not.toBeNull();
    // The thread ends under its checks, as the system (or a fatal error) would end it.
    await worker!.terminate();
    for (const outcome of await outcomes) {
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: new Error('The password estimator stopped.'),
      });
    }
    expect(estimator.running).toBe(false);
    expect((await estimator.check('paper boats on the canal', [])).score).toBeGreaterThanOrEqual(3);
    expect(workerOf(estimator)).not.toBe(worker);
  });

  it('fails the checks of a worker that crashes, and answers the next one from a new worker', async () => {
    await estimator.check('a warm loaf on the sill', []);
    const worker = workerOf(estimator)!;
    // A message that is not a check throws outside any check's try: the worker's 'error' event, then its end.
    worker.postMessage(null);
    const outcomes = Promise.allSettled([
      estimator.check('dusk over the salt marsh', []),
      estimator.check('a lamp left on upstairs', []),
    ]);
    for (const outcome of await outcomes) {
      // The crash's own error (made in the worker's realm, so matched by its message, not its class).
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: { message: expect.stringMatching(/null/) },
      });
    }
    expect(estimator.running).toBe(false);
    expect((await estimator.check('paper boats on the canal', [])).score).toBeGreaterThanOrEqual(3);
    expect(workerOf(estimator)).not.toBe(worker);
  });

  it('stops its worker when the app stops', async () => {
    const other = new PasswordEstimator(stoppedClock());
    await other.check('a gentle walk by the river', []);
    expect(other.running).toBe(true);
    await other.onModuleDestroy();
    expect(other.running).toBe(false);
  });
});
