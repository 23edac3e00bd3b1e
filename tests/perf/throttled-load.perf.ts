import type { Page } from 'playwright-core';
import { useBrowserSession } from '../browser/support/browser-session';
import { WEAK_CONNECTION } from './perf-support';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const performance: { getEntriesByName(name: string): { startTime: number }[] };

const session = useBrowserSession();

interface Load {
  fcp: number;
  scriptBytes: number;
  totalBytes: number;
}

/** Loads `path` in a fresh context on a throttled connection; FCP and the bytes on the wire. */
async function throttledLoad(page: Page, path: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', WEAK_CONNECTION);
  const types = new Map<string, string>();
  let scriptBytes = 0;
  let totalBytes = 0;
  cdp.on('Network.responseReceived', (event: { requestId: string; type: string }) => {
    types.set(event.requestId, event.type);
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    totalBytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') scriptBytes += event.encodedDataLength;
  });
  await page.goto(path, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const read = () => {
          const entry = performance.getEntriesByName('first-contentful-paint')[0];
          if (entry) done(entry.startTime);
          else setTimeout(read, 50);
        };
        read();
      }),
  );
  await page.waitForLoadState('networkidle');
  return { fcp, scriptBytes, totalBytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('loading on a weak connection (1.6 Mbps, 150 ms RTT)', () => {
  it('prints the first contentful paint of / and /help', async () => {
    const rows: string[] = [];
    for (const path of ['/', '/help']) {
      const { page } = await session.openPage({ viewport: { width: 360, height: 640 } });
      const load = await throttledLoad(page, path);
      rows.push(
        `${path.padEnd(6)} FCP ${Math.round(load.fcp)} ms · JavaScript ${kb(load.scriptBytes)} · everything ${kb(load.totalBytes)} (on the wire)`,
      );
      expect(load.fcp).toBeGreaterThan(0);
    }
    process.stdout.write(`\nThrottled load (Chromium, CDP 1.6 Mbps / 150 ms RTT):\n${rows.join('\n')}\n\n`);
  });
});
