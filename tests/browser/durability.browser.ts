import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { GraphqlClient, registerMember, signIn } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { signInOnTheWeb } from './support/members';
import { expectHeading, useBrowserSession } from './support/browser-session';

// Jobs (the follow-up reminder) are picked up within half a second.
const session = useBrowserSession({ env: () => ({ JOBS_POLL_SECONDS: '0.5' }) });
let gql: GraphqlClient;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});

/** Answers the tracker's PHQ-9 (each item a select, by the answer's label). */
async function answerPhq9(page: Page, answers: string[]) {
  for (const [index, answer] of answers.entries()) {
    await page.getByLabel(new RegExp(`^${index + 1}\\. `)).selectOption({ label: answer });
  }
}

const DAY = 24 * 3600 * 1000;

describe('durability in the browser', () => {
  it('a member logs three mood entries and a session, sees the chart, downloads the summary and starts a testimonial from the log', async () => {
    const member = await registerMember(gql, `lark_${randomBytes(3).toString('hex')}`);
    const { page, errors } = await openPage();
    await signInOnTheWeb(page, member);
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('link', { name: 'My relief tracker' }).click();
    await expectHeading(page, 'My relief tracker');
    await expectAccessible(page, 'the relief tracker');

    const mood = page.getByRole('form', { name: 'Log how you feel' });
    await mood.getByLabel('Date').fill('2026-01-04');
    await answerPhq9(page, Array(9).fill('Nearly every day').fill('Several days', 7));
    await mood.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('cell', { name: 'PHQ-9 23' }).waitFor();
    // 23 is in the severe range (and item 9 was answered above 0): crisis resources show at once.
    await page.getByText('You matter, and help is here now').waitFor();

    await mood.getByLabel('Date').fill('2026-01-10');
    await mood.getByLabel('Scale').selectOption('ZERO_TO_TEN');
    await mood.getByLabel('Quick score (0–10)').fill('6');
    await mood.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('cell', { name: 'Quick score 6 of 10' }).waitFor();

    await mood.getByLabel('Date').fill('2026-01-20');
    await mood.getByLabel('Scale').selectOption('PHQ9');
    await answerPhq9(page, Array(9).fill('Not at all').fill('Several days', 0, 6));
    await mood.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('cell', { name: 'PHQ-9 6' }).waitFor();

    const sessionForm = page.getByRole('form', { name: 'Log a session' });
    await sessionForm.getByLabel('Date').fill('2026-01-05');
    await sessionForm.getByLabel('Kind of treatment').selectOption('IV_INFUSION');
    await sessionForm.getByLabel('Notes (optional)').fill('First infusion');
    await sessionForm.getByRole('button', { name: 'Save session' }).click();
    await page.getByRole('cell', { name: 'Session: IV infusion — First infusion' }).waitFor();

    // The chart: the mood line and one session marker.
    const chart = page.getByTestId('mood-chart');
    await chart.locator('.recharts-line').first().waitFor();
    expect(await chart.locator('.recharts-reference-line').count()).toBe(1);

    // The clinician summary downloads as a PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download summary (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('relief-summary.pdf');
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');

    // Start a testimonial from the log: the guided form is pre-filled.
    await page.getByRole('button', { name: 'Start a testimonial from my log' }).click();
    await expectHeading(page, 'Share your treatment story');
    await page.getByText('We pre-filled the form from your log.').waitFor();
    expect(await page.getByLabel('IV infusion').isChecked()).toBe(true);
    expect(await page.getByLabel('How many sessions have you had?').inputValue()).toBe('1');
    expect(errors).toEqual([]);
  });

  it('a follow-up reminder opens the check-in form, and the timeline shows the check-in', async () => {
    const member = await registerMember(gql, `wren_${randomBytes(3).toString('hex')}`);
    // First session a month and three days ago: the 1-month check-in is due.
    const first = new Date(Date.now() - 34 * DAY).toISOString().slice(0, 10);
    const submitted = await member.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id } } }`,
      {
        input: {
          title: 'Six infusions, slowly lighter',
          story:
            'After years of trying medication after medication, the infusions made the mornings easier again.',
          anonymous: true,
          modality: 'IV_INFUSION',
          overallRating: 4,
          reliefOnset: 'WITHIN_DAYS',
          reliefDuration: 'WEEKS',
          phq9Before: 20,
          phq9After: 8,
          firstSessionDate: `${first}T00:00:00.000Z`,
          followUps: true,
        },
      },
    );
    const id = submitted.submitTestimonial.testimonial.id;
    const admin = await signIn(gql, session.server.admin.email, session.server.admin.password);
    const queue = await admin.gql.ok<{ moderationQueue: { nodes: { id: string; contentId: string }[] } }>(
      `{ moderationQueue(first: 50) { nodes { id contentId } } }`,
    );
    const caseId = queue.moderationQueue.nodes.find((c) => c.contentId === id)!.id;
    await admin.gql.ok(`mutation($id: ID!) { claimCase(id: $id) { id } }`, { id: caseId });
    await admin.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: APPROVE }) { id } }`, {
      id: caseId,
    });

    const { page, errors } = await openPage();
    await signInOnTheWeb(page, member);
    // The 1-month point was due when the member opted in: its reminder job ran at once. Its
    // FOLLOW_UP_DUE notification and the publication's show in the header badge (live, or as the page loads).
    const badge = page.getByRole('link', { name: 'Notifications 2 unread' });
    await badge.waitFor();
    await badge.click();
    await expectHeading(page, 'Notifications');
    const reminder = page.getByRole('link', { name: /A follow-up on your testimonial is due/ });
    expect(await reminder.innerText()).not.toMatch(/PHQ|infusion|relief|score/i);
    await reminder.click();
    await expectHeading(page, 'Follow-up check-in');
    expect(new URL(page.url()).pathname).toBe(`/testimonials/${id}/check-in`);
    await expectAccessible(page, 'the check-in form');
    await page.getByLabel('Your PHQ-9 total').fill('7');
    await page.getByLabel('Partly').check();
    await page.getByLabel('Maintenance sessions since your last check-in').fill('1');
    await page.getByLabel('Nausea').check();
    await page.getByRole('button', { name: 'Save check-in' }).click();

    await page.getByText('Your check-in is on your testimonial’s timeline.').waitFor();
    const timeline = page.getByRole('region', { name: 'How it went afterwards' });
    await timeline.getByRole('heading', { name: '1 month after the first session' }).waitFor();
    await timeline.getByText('PHQ-9 7').waitFor();
    // A visitor sees the same timeline, without the author.
    const visitor = await openPage();
    await visitor.page.goto(`/testimonials/${id}`);
    await visitor.page.getByRole('heading', { name: '1 month after the first session' }).waitFor();
    expect(await visitor.page.locator('body').innerText()).not.toContain(member.handle);
    expect(errors).toEqual([]);
  });
});

const openPage = () => session.openPage();
