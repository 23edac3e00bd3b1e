import { Logger } from '@nestjs/common';
import { AFTER_STARTUP_MS, WarmUps } from './warm-ups';

const flush = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

describe('WarmUps', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the warm-ups once the delay after boot has passed, not before, and each once', async () => {
    const warmUps = new WarmUps();
    const task = jest.fn();
    warmUps.add('a dictionary', task);
    warmUps.onApplicationBootstrap();
    jest.advanceTimersByTime(AFTER_STARTUP_MS - 1);
    await flush();
    expect(task).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await flush();
    expect(task).toHaveBeenCalledTimes(1);
    await warmUps.settled();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once the app shut down', async () => {
    const warmUps = new WarmUps();
    const task = jest.fn();
    warmUps.add('a model', task);
    warmUps.onApplicationBootstrap();
    warmUps.onModuleDestroy();
    jest.advanceTimersByTime(AFTER_STARTUP_MS * 10);
    await flush();
    await warmUps.settled();
    expect(task).not.toHaveBeenCalled();
  });

  it('settled runs what is pending at once and resolves after it has finished', async () => {
    const warmUps = new WarmUps();
    const order: string[] = [];
    warmUps.add('slow', async () => {
      await Promise.resolve();
      order.push('slow');
    });
    warmUps.add('fast', () => order.push('fast'));
    warmUps.onApplicationBootstrap();
    await warmUps.settled();
    expect(order).toEqual(['slow', 'fast']);
    jest.advanceTimersByTime(AFTER_STARTUP_MS);
    await flush();
    expect(order).toEqual(['slow', 'fast']);
  });

  it('logs a failed warm-up, thrown or rejected, by name, and still runs the others', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const warmUps = new WarmUps();
    const after = jest.fn();
    warmUps.add('thrower', () => {
      throw new Error('thrown');
    });
    warmUps.add('rejecter', () => Promise.reject(new Error('rejected')));
    warmUps.add('after', after);
    await warmUps.settled();
    expect(after).toHaveBeenCalledTimes(1);
    const messages = logged.mock.calls.map((c) => String(c[0]));
    expect(messages).toEqual([
      expect.stringMatching(/thrower.*thrown/),
      expect.stringMatching(/rejecter.*rejected/),
    ]);
    logged.mockRestore();
  });
});
