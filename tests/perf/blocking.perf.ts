import type { Page } from 'playwright-core';
import { useBrowserSession } from '../browser/support/browser-session';
import { measuredPages } from './perf-support';

// Used inside page.evaluate and addInitScript, in the browser; the test code itself is type-checked
// without the DOM library.
declare const performance: { getEntriesByName(name: string): { startTime: number }[] };
declare const PerformanceObserver: new (
  callback: (list: { getEntries(): { startTime: number; duration: number }[] }) => void,
) => { observe(options: { type: string; buffered: boolean }): void };
declare const window: { havenLongTasks: [number, number][] };

const session = useBrowserSession();

/** Loads per page; the median is printed, with every load's figure beside it. */
const LOADS = 5;
/** How long after the load event the page is watched for long tasks. */
const WATCH_MS = 6_000;

/**
 * The time the main thread was blocked after the first paint, measured (not simulated, unlike
 * Lighthouse): every task over 50 ms, less those 50 ms, under a 4× CPU slowdown, on a 360 px page.
 */
async function blockingTime(page: Page, path: string): Promise<{ blocking: number; fcp: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.havenLongTasks = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.havenLongTasks.push([task.startTime, task.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForTimeout(WATCH_MS);
  const [fcp, tasks] = await page.evaluate(
    () =>
      [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        window.havenLongTasks,
      ] as const,
  );
  const blocking = tasks
    .filter(([start]) => start >= fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return { blocking, fcp };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('main-thread blocking after the first paint (4× CPU slowdown)', () => {
  it('prints the median blocking time of home, forum, a post and help', async () => {
    const rows: string[] = [];
    for (const [name, path] of await measuredPages(session.server)) {
      const loads: { blocking: number; fcp: number }[] = [];
      for (let i = 0; i < LOADS; i++) {
        const { page } = await session.openPage({ viewport: { width: 360, height: 640 } });
        loads.push(await blockingTime(page, path));
        await page.context().close();
      }
      const blocking = loads.map((l) => l.blocking);
      rows.push(
        `${name.padEnd(7)} blocking ${Math.round(median(blocking))} ms (${blocking.map(Math.round).join(', ')}) · ` +
          `FCP ${Math.round(median(loads.map((l) => l.fcp)))} ms`,
      );
      for (const load of loads) expect(load.fcp).toBeGreaterThan(0);
    }
    process.stdout.write(
      `\nMain-thread blocking after FCP, median of ${LOADS} loads:\n${rows.join('\n')}\n\n`,
    );
  });
});
