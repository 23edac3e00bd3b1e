import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LIMITS } from '@haven/shared/contracts';
import { WarmUps } from '@haven/server/core';
import { createTestApp, type TestApp } from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

const PREVIEW = 'previewSafety(text: $t) { crisisDetected heldForReview }';
const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

/** A draft as long as the largest content previewed, of words the checks look at closely. */
const LONGEST_DRAFT = (
  'I feel hopeless some nights and want to end it all, where can I buy ketamine online? ' +
  'The clinic said the infusions help, my mood lifted after the fourth session. '
)
  .repeat(400)
  .slice(0, LIMITS.previewSafety.textMax);

async function timed(url: string, body: unknown): Promise<{ ms: number; status: number; text: string }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { ms: performance.now() - started, status: res.status, text };
}

describe('cost that follows real work', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { RATE_LIMIT_EXPENSIVE: '6/60' },
    });
    // Measure the steady state: nothing loading behind the request (the deferred warm-ups, such as the
    // evidence pages, would hold the event loop for a while), and the language model loaded.
    await t.app.get(WarmUps).settled();
    await t.gql.ok(`query($t: String!) { ${PREVIEW} }`, { t: LONGEST_DRAFT.slice(0, 500) });
  });
  afterAll(() => t.close());

  it('refuses a second previewSafety or searchPosts in one operation before running either', async () => {
    const previews = await t.gql.request(`query($t: String!) { ${aliases(50, PREVIEW)} }`, { t: 'calm' });
    expect(previews.status).toBe(400);
    expect(previews.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxPerOperation: 1 });
    const searches = await t.gql.request(`{ ${aliases(2, 'searchPosts(query: "calm") { nodes { id } }')} }`);
    expect(searches.status).toBe(400);
    expect(searches.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a draft longer than the largest content it previews', async () => {
    const over = await t.gql.request(`query($t: String!) { ${PREVIEW} }`, { t: `${LONGEST_DRAFT}x` });
    expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a second request while the heaviest single request a visitor may send is graded', async () => {
    // Load-independent: the grading yields between chunks, so a request sent at the same moment is
    // answered before the heavy one, and no single turn of the event loop holds most of its time.
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    const finished: string[] = [];
    const heavy = timed(t.url, {
      query: `query($t: String!) { ${PREVIEW} }`,
      variables: { t: LONGEST_DRAFT },
    }).then((r) => (finished.push('heavy'), r));
    const probe = timed(t.url, { query: '{ __typename }' }).then((r) => (finished.push('probe'), r));
    const [h, p] = await Promise.all([heavy, probe]);
    histogram.disable();
    expect(h.status).toBe(200);
    expect(p.status).toBe(200);
    expect(finished).toEqual(['probe', 'heavy']);
    expect(histogram.max / 1e6).toBeLessThan(h.ms / 2);
  });

  it('counts expensive fields against a per-IP budget', async () => {
    let code: string | undefined;
    for (let i = 0; i < 8 && !code; i++) {
      const res = await t.gql.request(`query($t: String!) { ${PREVIEW} }`, { t: 'calm' });
      code = res.errors?.[0].extensions?.code;
    }
    expect(code).toBe('RATE_LIMITED');
  });
});
