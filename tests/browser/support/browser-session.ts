import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startHavenServer, type HavenServer } from './haven-server';

type ContextOptions = Parameters<Browser['newContext']>[0];

export interface BrowserSession {
  /** The Haven server of this test file (valid once `beforeAll` has run). */
  readonly server: HavenServer;
  readonly browser: Browser;
  /** A page in a fresh context on the Haven server; uncaught page errors are collected in `errors`. */
  openPage(options?: ContextOptions): Promise<{ page: Page; errors: string[] }>;
}

/**
 * One Haven server and one Chromium per test file, started before the tests and stopped after them;
 * the browser contexts a test opens are closed after it.
 */
export function useBrowserSession(options: { env?: () => Record<string, string> } = {}): BrowserSession {
  let server: HavenServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startHavenServer({ env: options.env?.() });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser session has not started yet');
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async openPage(options: ContextOptions = {}) {
      const context = await started(browser).newContext({
        baseURL: started(server).url,
        bypassCSP: true,
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
  };
}

/** The text of the page's one level-1 heading, once it is there. */
export async function heading(page: Page): Promise<string> {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  return (await h1.textContent()) ?? '';
}

/** Waits for the page's level-1 heading to read `expected` (pages change after a click answers). */
export async function expectHeading(page: Page, expected: string, timeout = 20_000): Promise<void> {
  const wanted = page.getByRole('heading', { level: 1, name: expected, exact: true });
  try {
    await wanted.waitFor({ timeout });
  } catch {
    expect(await heading(page)).toBe(expected);
  }
}
