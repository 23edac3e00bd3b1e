import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { GraphqlClient, registerMember, type TestMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { expectHeading, heading, useBrowserSession } from './support/browser-session';
import { newModerator, signInOnTheWeb } from './support/members';
import { VIEWPORTS, expectInViewport } from './support/viewports';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any -- DOM objects inside page.evaluate are untyped here */
declare const document: any;
declare const getComputedStyle: (element: any, pseudo?: string) => any;
/* eslint-enable @typescript-eslint/no-explicit-any */

// This file signs members in many times, at two sizes, from one address: the sign-in and sign-up limits
// (tested in their own suites) are raised so they do not decide these tests.
const session = useBrowserSession({
  env: () => ({ RATE_LIMIT_LOGIN: '200/300', RATE_LIMIT_REGISTER: '50/3600' }),
});
let gql: GraphqlClient;
let moderator: TestMember;
let author: TestMember;
/** One member for the forms, the report and the PHQ-9 (registrations are rate-limited per address). */
let member: TestMember;

const SUBMIT = `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id } } }`;
const QUEUE = `{ moderationQueue(first: 50) { nodes { id contentId } } }`;

const STORY =
  'Before treatment every morning felt heavy and the headaches never really left. After the third infusion ' +
  'the fog lifted for a few days, and by the sixth I could plan a week ahead again.';

async function expectAccessibleInBothSchemes(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, label);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${label}, dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Publishes testimonials across treatments, so every outcome chart and table has rows. */
async function publishTestimonials(): Promise<void> {
  const inputs = [
    ['IV_INFUSION', 22, 4],
    ['IV_INFUSION', 18, 12],
    ['ESKETAMINE_NASAL_SPRAY', 20, 9],
    ['ORAL_OR_SUBLINGUAL', 16, 3],
    ['IM_INJECTION', 24, 20],
    ['OTHER', 15, 6],
  ] as const;
  const ids: string[] = [];
  for (const [index, [modality, before, after]] of inputs.entries()) {
    const { submitTestimonial } = await author.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      SUBMIT,
      {
        input: {
          title: `A slow lifting of the fog ${index}`,
          story: STORY,
          modality,
          overallRating: 4,
          reliefOnset: index % 2 === 0 ? 'WITHIN_DAYS' : 'WITHIN_WEEKS',
          reliefDuration: index % 2 === 0 ? 'MONTHS' : 'WEEKS',
          sideEffects: ['DISSOCIATION', 'NAUSEA', 'HEADACHE'].slice(0, 1 + (index % 3)),
          phq9Before: before,
          phq9After: after,
        },
      },
    );
    ids.push(submitTestimonial.testimonial.id);
  }
  const { moderationQueue } = await moderator.gql.ok<{
    moderationQueue: { nodes: { id: string; contentId: string }[] };
  }>(QUEUE);
  for (const node of moderationQueue.nodes.filter((n) => ids.includes(n.contentId))) {
    await moderator.gql.ok(`mutation($id: ID!) { claimCase(id: $id) { id } }`, { id: node.id });
    await moderator.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: APPROVE }) { id } }`, {
      id: node.id,
    });
  }
}

async function createPost(member: TestMember, title: string, body: string): Promise<string> {
  const { categories } = await member.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
  const { createPost: created } = await member.gql.ok<{ createPost: { post: { id: string } } }>(
    `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`,
    { input: { categoryId: categories[0].id, title, body } },
  );
  return created.post.id;
}

/** Cells narrower than their longest word (measured in the cell's own font), as "text (width < word)". */
function squeezedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d');
    const found: string[] = [];
    for (const cell of document.querySelectorAll('main table th, main table td')) {
      const style = getComputedStyle(cell);
      if (style.display === 'none') continue;
      canvas.font = style.font;
      const words: string[] = (cell.textContent ?? '').split(/\s+/).filter(Boolean);
      const longest = Math.max(0, ...words.map((w) => canvas.measureText(w).width));
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner + 1 < longest)
        found.push(`${cell.textContent} (${Math.round(inner)} < ${Math.round(longest)})`);
    }
    return found;
  });
}

/** Pairs of chart labels whose boxes intersect each other or a bar. */
function overlappingChartLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number; name: string };
    type Drawn = { textContent: string | null; getBoundingClientRect(): Omit<Box, 'name'> };
    const boxOf = (element: Drawn, name: string): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name };
    };
    const meets = (a: Box, b: Box) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const found: string[] = [];
    for (const chart of document.querySelectorAll('.t-outcomes .t-chart svg')) {
      const texts: Drawn[] = [...chart.querySelectorAll('text')];
      const labels: Box[] = texts
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => boxOf(t, `“${t.textContent}”`));
      const drawnBars: Drawn[] = [...chart.querySelectorAll('.recharts-bar-rectangle path')];
      const bars: Box[] = drawnBars.map((b) => boxOf(b, 'a bar'));
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) if (meets(a, b)) found.push(`${a.name} × ${b.name}`);
        for (const bar of bars) if (meets(a, bar)) found.push(`${a.name} × ${bar.name}`);
      }
    }
    return found;
  });
}

beforeAll(async () => {
  gql = new GraphqlClient(session.server.url);
  moderator = await newModerator(session.server, gql);
  author = await registerMember(gql, `fern_${randomBytes(3).toString('hex')}`);
  member = await registerMember(gql, `wren_${randomBytes(3).toString('hex')}`);
  await publishTestimonials();
});

describe('tables and charts (finding 5)', () => {
  it.each([...VIEWPORTS.map((v) => v.width), 768])('never overlap chart labels at %i px', async (width) => {
    const { page, errors } = await session.openPage({ viewport: { width, height: 800 } });
    await page.goto('/testimonials/outcomes');
    await expectHeading(page, 'Community outcomes');
    await page.locator('.t-outcomes .recharts-bar-rectangle').first().waitFor();
    await expect(page.locator('.t-outcomes .t-chart').count()).resolves.toBe(4);
    expect(await overlappingChartLabels(page)).toEqual([]);
    // The published studies' band is named beside the chart, not drawn over the bars.
    await page.getByText('Shaded band: Response in published studies: 60–70%').waitFor();
    expect(await squeezedCells(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(VIEWPORTS)(
    'stacks the outcome and log tables on a $name, no cell narrower than its longest word',
    async (viewport) => {
      const size = { width: viewport.width, height: viewport.height };
      const { page } = await session.openPage({ viewport: size });
      await page.goto('/testimonials/outcomes');
      await expectHeading(page, 'Community outcomes');
      const cell = page.locator('main table td').first();
      await cell.waitFor();
      const display = await cell.evaluate((td) => getComputedStyle(td).display);
      if (viewport.name === 'phone') {
        expect(display).not.toBe('table-cell');
        // Each stacked cell is led by its column's name.
        await expect(
          page
            .locator('main table td[data-label="Share"]')
            .first()
            .evaluate((td) => getComputedStyle(td, '::before').content),
        ).resolves.toBe('"Share"');
      } else {
        expect(display).toBe('table-cell');
      }
      expect(await squeezedCells(page)).toEqual([]);
      await expectAccessibleInBothSchemes(page, `the outcomes page on a ${viewport.name}`);

      const mod = await session.openPage({ viewport: size });
      await signInOnTheWeb(mod.page, moderator);
      await mod.page.goto('/moderation/log');
      await mod.page.locator('main table td[data-label="Moderator"]').first().waitFor();
      expect(await squeezedCells(mod.page)).toEqual([]);
      await expectAccessibleInBothSchemes(mod.page, `the moderation log on a ${viewport.name}`);
    },
  );
});

describe.each(VIEWPORTS)('forms and previews on a $name (finding 8)', (viewport) => {
  const size = { width: viewport.width, height: viewport.height };

  it('clears a field’s error as soon as the field is valid: sign-up and the post composer', async () => {
    const { page } = await session.openPage({ viewport: size });
    await page.goto('/sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    const handleError = page.getByText('Choose a handle of 3 to 24 characters.');
    await handleError.waitFor();
    await page.getByLabel('Handle').fill('calm_heron');
    // No new submit: the error goes as the field becomes valid; the others stay while still wrong.
    await handleError.waitFor({ state: 'detached' });
    await page.getByText('Enter your e-mail address.').waitFor();
    await page.getByLabel('E-mail address').fill('calm_heron@haven.test');
    await page.getByText('Enter your e-mail address.').waitFor({ state: 'detached' });

    const writer = await session.openPage({ viewport: size });
    await signInOnTheWeb(writer.page, moderator);
    await writer.page.goto('/forum/new');
    await writer.page.getByLabel('Title').fill('ab');
    await writer.page.getByRole('button', { name: /Post/ }).first().click();
    const titleError = writer.page.getByText('A title needs 3 to 200 characters.');
    await titleError.waitFor();
    await writer.page.getByLabel('Title').fill('What helped with the first week after infusions');
    await titleError.waitFor({ state: 'detached' });
    await expect(writer.page.getByText('Write something in your post.').count()).resolves.toBe(1);
  });

  it('previews a testimonial with the server’s renderer: bold and lists, not raw Markdown', async () => {
    const { page } = await session.openPage({ viewport: size });
    await signInOnTheWeb(page, member);
    await page.goto('/testimonials/new');
    await expectHeading(page, 'Share your treatment story');
    const next = () => page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('IV infusion').check();
    await next();
    await page.getByLabel('Within days').check();
    await page.getByLabel('Months').check();
    await page.getByLabel('5 — Much better').check();
    await next();
    await next();
    await next();
    await page.getByRole('heading', { level: 2, name: 'Step 5 of 6: Your story' }).waitFor();
    await page.getByLabel('Title').fill('Slowly, then all at once');
    await page
      .getByRole('textbox', { name: 'Your story' })
      .fill(
        'It was **much easier** after the third session.\n\nWhat helped:\n\n- walking every morning\n- ' +
          'writing things down\n\nI hope it helps someone considering it.',
      );
    await page.getByRole('button', { name: 'Preview your testimonial' }).click();
    const preview = page.locator('#t-preview .t-story');
    await preview.locator('strong', { hasText: 'much easier' }).waitFor();
    await expect(preview.locator('li').count()).resolves.toBe(2);
    await expect(preview.textContent()).resolves.not.toContain('**');
    await expectAccessibleInBothSchemes(page, 'the testimonial preview');
  });
});

describe.each(VIEWPORTS)('smaller ones on a $name (finding 10)', (viewport) => {
  const size = { width: viewport.width, height: viewport.height };

  it('finds “headache” by “head”, with highlighted snippets from posts and testimonials', async () => {
    const title = `Mornings after a session, seen on a ${viewport.name}`;
    await createPost(moderator, title, 'The day after, a dull **headache** came and went by noon.');
    const { page } = await session.openPage({ viewport: size });
    await page.goto('/forum/search?q=head');
    await expectHeading(page, 'Search: head');
    const card = page.getByRole('listitem').filter({ hasText: title });
    await card.locator('mark', { hasText: 'headache' }).waitFor();
    await expect(card.getByText('**').count()).resolves.toBe(0);
    const stories = page.getByRole('list', { name: 'Testimonials matching head' });
    await stories.locator('mark', { hasText: 'headaches' }).first().waitFor();
    await expectAccessibleInBothSchemes(page, 'search results');
  });

  it('moves focus to a sent report’s confirmation, in view', async () => {
    const postId = await createPost(
      moderator,
      `A long thread about routines, read on a ${viewport.name}`,
      Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: a routine that helped a little.`).join('\n\n'),
    );
    const { page } = await session.openPage({ viewport: size });
    await signInOnTheWeb(page, member);
    await page.goto(`/forum/p/${postId}`);
    await heading(page);
    await page.getByRole('button', { name: 'Report this post' }).click();
    await page.getByRole('radio').nth(1).check();
    await page.getByRole('button', { name: 'Send report' }).click();
    const confirmation = page.locator('.report-outcome');
    await confirmation.getByText('Thank you. A moderator will look at it soon.').waitFor();
    await expect(confirmation.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(
      true,
    );
    await expectInViewport(page, confirmation, 'the report’s confirmation');
  });

  it('lands a signed-in member on the latest threads, unread replies and My testimonials', async () => {
    const title = `Latest: checking in after week two, on a ${viewport.name}`;
    await createPost(moderator, title, 'How is everyone doing this week?');
    const { page } = await session.openPage({ viewport: size });
    await signInOnTheWeb(page, author);
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Latest threads' }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Unread for you/ }).waitFor();
    await expectAccessibleInBothSchemes(page, 'the signed-in home');

    const banner = page.getByRole('banner');
    if (viewport.name === 'phone') await banner.getByRole('button', { name: 'Menu' }).click();
    await banner.getByRole('button', { name: /Account menu/ }).click();
    await banner.getByRole('link', { name: 'My testimonials' }).click();
    await page.waitForURL('**/testimonials/mine');
  });

  it('asks the PHQ-9 one questionnaire at a time, each question on a 0–3 scale in one row', async () => {
    const { page } = await session.openPage({ viewport: size });
    await signInOnTheWeb(page, member);
    await page.goto('/testimonials/new');
    await expectHeading(page, 'Share your treatment story');
    const next = () => page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByLabel('IV infusion').check();
    await next();
    await page.getByLabel('Within days').check();
    await page.getByLabel('Months').check();
    await page.getByLabel('5 — Much better').check();
    await next();
    await next();
    await page.getByRole('heading', { level: 2, name: 'Step 4 of 6: PHQ-9' }).waitFor();
    await page.getByLabel('Add my PHQ-9 scores').check();
    const before = page.getByRole('group', { name: 'Before your first session', exact: true });
    await before.waitFor();
    await expect(page.getByRole('group', { name: 'Now', exact: true }).count()).resolves.toBe(0);

    const first = before.getByRole('group', { name: /^1\. / });
    const radios = first.getByRole('radio');
    await expect(radios.count()).resolves.toBe(4);
    const boxes = await Promise.all([0, 1, 2, 3].map((i) => radios.nth(i).boundingBox()));
    const ys = boxes.map((b) => Math.round(b?.y ?? -1));
    expect(new Set(ys).size).toBe(1);
    const xs = boxes.map((b) => b?.x ?? 0);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // In score order: 0 “Not at all” … 3 “Nearly every day”.
    const answers = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
    for (const [index, answer] of answers.entries())
      await expect(first.getByLabel(answer, { exact: true }).getAttribute('value')).resolves.toBe(
        String(index),
      );
    const groupBox = await first.boundingBox();
    const last = boxes[3];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(
      (groupBox?.x ?? 0) + (groupBox?.width ?? 0),
    );
    await expectAccessibleInBothSchemes(page, 'the PHQ-9, first questionnaire');

    await page.getByRole('button', { name: /^On to the questionnaire for/ }).click();
    await page.getByRole('group', { name: 'Now', exact: true }).waitFor();
    await expect(before.count()).resolves.toBe(0);
  });
});

describe('account deletion (finding 10)', () => {
  it('offers keeping posts unlinked or erasing them; erasing removes the words of every post', async () => {
    const title = 'Notes from a long winter';
    const postId = await createPost(author, title, 'The words of this post should not outlive the account.');
    const { page } = await session.openPage({ viewport: { width: 360, height: 640 } });
    await signInOnTheWeb(page, author);
    await page.goto('/profile/delete');
    await expectHeading(page, 'Delete my account');
    const keep = page.getByRole('radio', { name: 'Keep my posts, unlinked' });
    await expect(keep.isChecked()).resolves.toBe(true);
    await expectAccessibleInBothSchemes(page, 'the account deletion page');
    await page.getByRole('radio', { name: 'Erase my posts and comments' }).check();
    await page.getByLabel('Your password').fill(author.password);
    await page.getByLabel('I understand').check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Your account has been deleted.').waitFor();

    const { post } = await gql.ok<{ post: { title: string; body: string; deleted: boolean } }>(
      `query($id: ID!) { post(id: $id) { title body deleted } }`,
      { id: postId },
    );
    expect(post).toEqual({ title: '[deleted]', body: '[deleted]', deleted: true });
    await page.goto(`/forum/p/${postId}`);
    await heading(page);
    await expect(page.getByText(title).count()).resolves.toBe(0);
  });
});
