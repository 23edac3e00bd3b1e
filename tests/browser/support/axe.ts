import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact?: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const window: {
  axe?: { run(context?: unknown, options?: unknown): Promise<{ violations: AxeViolation[] }> };
};
declare const document: { getAnimations(): { finished: Promise<unknown> }[] };
declare function requestAnimationFrame(callback: () => void): number;

/**
 * Runs axe-core on the page as it is now and throws when it finds serious or critical violations.
 * The page's context must bypass the content security policy (inline script injection).
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = window.axe;
    if (!axe) throw new Error('axe-core was not injected');
    // Colours are read once they have settled: after a style change (e.g. a switched colour scheme),
    // the next frames start the transitions, and axe waits for them to end.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    const report = blocking
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
          v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n'),
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${report}`);
  }
}
