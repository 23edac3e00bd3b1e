import type { Clock } from '@haven/server/core';
import { ESTIMATOR_IDLE_MS, PasswordEstimator } from './password-estimator';

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

  it('fails the checks of a worker that fails, and answers the next one from a new worker', async () => {
    // Not a string: zxcvbn throws inside the worker, which then stops.
    await expect(estimator.check(undefined as unknown as string, [])).rejects.toThrow();
    expect(estimator.running).toBe(false);
    expect((await estimator.check('paper boats on the canal', [])).score).toBeGreaterThanOrEqual(3);
  });

  it('stops its worker when the app stops', async () => {
    const other = new PasswordEstimator(stoppedClock());
    await other.check('a gentle walk by the river', []);
    expect(other.running).toBe(true);
    await other.onModuleDestroy();
    expect(other.running).toBe(false);
  });
});
