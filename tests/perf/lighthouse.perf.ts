import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startHavenServer, type HavenServer } from '../browser/support/haven-server';
import { measuredPages } from './perf-support';

const run = promisify(execFile);
const LIGHTHOUSE = join(__dirname, '../../node_modules/lighthouse/cli/index.js');

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { displayValue?: string }>;
  /** Lighthouse's measure of the host's CPU (higher is faster): its simulated 4× slowdown multiplies it. */
  environment?: { benchmarkIndex?: number };
}

/** Lighthouse 12's mobile run (simulated slow 4G, 4× CPU slowdown) in Debian's Chromium. */
async function lighthouse(url: string): Promise<Report> {
  const { stdout } = await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--only-categories=performance,accessibility',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as Report;
}

let server: HavenServer;

beforeAll(async () => {
  server = await startHavenServer();
});

afterAll(async () => {
  await server?.stop();
});

describe('Lighthouse (mobile)', () => {
  it('prints performance and accessibility of home, forum, a post and help', async () => {
    const rows: string[] = [];
    const hosts: number[] = [];
    for (const [name, path] of await measuredPages(server)) {
      const report = await lighthouse(`${server.url}${path}`);
      // LIGHTHOUSE_REPORTS=<folder> keeps each page's whole report, to read where the time goes.
      const folder = process.env.LIGHTHOUSE_REPORTS;
      if (folder) {
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, `${name.replace(/\W+/g, '-')}.json`), JSON.stringify(report));
      }
      const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
      rows.push(
        `${name.padEnd(7)} performance ${score('performance')} · accessibility ${score('accessibility')} · ` +
          `FCP ${report.audits['first-contentful-paint']?.displayValue ?? '?'} · ` +
          `LCP ${report.audits['largest-contentful-paint']?.displayValue ?? '?'} · ` +
          `TBT ${report.audits['total-blocking-time']?.displayValue ?? '?'}`,
      );
      if (report.environment?.benchmarkIndex) hosts.push(report.environment.benchmarkIndex);
      expect(report.categories.performance?.score).not.toBeNull();
      expect(report.categories.accessibility?.score).toBe(1);
    }
    const host = hosts.length > 0 ? ` (host benchmark index ${hosts.map(Math.round).join(', ')})` : '';
    process.stdout.write(`\nLighthouse 12, mobile${host}:\n${rows.join('\n')}\n\n`);
  });
});
