import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { GraphqlClient, registerMember, signIn, type TestMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { signInOnTheWeb } from './support/members';
import { expectHeading, heading, useBrowserSession } from './support/browser-session';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const document: { body: { innerText: string }; documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number };
declare const localStorage: Record<string, string>;

const session = useBrowserSession();
let gql: GraphqlClient;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});
const openPage = session.openPage;

async function newModerator(): Promise<TestMember> {
  const member = await registerMember(gql, `mod_${randomBytes(3).toString('hex')}`);
  await session.server.markEmailVerified(member.id);
  const admin = await signIn(gql, session.server.admin.email, session.server.admin.password);
  await admin.gql.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, {
    id: member.id,
  });
  return member;
}

/** Answers the nine PHQ-9 questions of one questionnaire (by the answer's label). */
async function answerPhq9(page: Page, questionnaire: string, answers: string[]) {
  const group = page.getByRole('group', { name: questionnaire, exact: true });
  for (const [index, answer] of answers.entries()) {
    await group
      .getByRole('group', { name: new RegExp(`^${index + 1}\\. `) })
      .getByLabel(answer, { exact: true })
      .check();
  }
}

const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();
const stepHeading = (page: Page, text: string) =>
  page.getByRole('heading', { level: 2, name: text }).waitFor();

describe('testimonials in the browser', () => {
  it('a member shares an anonymous story with PHQ-9 answers; a moderator approves it; a visitor reads it', async () => {
    const member = await registerMember(gql, `heron_${randomBytes(3).toString('hex')}`);
    const title = 'Eight infusions and a quieter mind';
    const { page, errors } = await openPage();
    await signInOnTheWeb(page, member);

    await page.getByRole('banner').getByRole('link', { name: 'Testimonials' }).click();
    await expectHeading(page, 'Testimonials');
    await page.getByRole('link', { name: 'Share your story' }).first().click();
    await expectHeading(page, 'Share your treatment story');
    await expectAccessible(page, 'the first step of the testimonial form');

    // Step 1: the form says what is missing and moves focus there.
    await next(page);
    await page.getByText('Choose the kind of treatment you had.').first().waitFor();
    await page.getByLabel('IV infusion').check();
    await page.getByLabel('Where did you have it?').selectOption('CLINIC');
    await page.getByLabel('How many sessions have you had?').fill('8');
    await page.getByLabel('SSRIs (e.g. sertraline, fluoxetine)').check();
    await page.getByLabel('Talking therapy').check();
    await next(page);

    // Step 2.
    await stepHeading(page, 'Step 2 of 6: Experience');
    await page.getByLabel('Within days').check();
    await page.getByLabel('Months').check();
    await page.getByLabel('5 — Much better').check();
    await next(page);

    // Step 3.
    await stepHeading(page, 'Step 3 of 6: Side effects');
    await page.getByLabel('Dissociation').check();
    await page.getByLabel('Nausea').check();
    await next(page);

    // Step 4: the PHQ-9, with the total worked out as the member answers.
    await stepHeading(page, 'Step 4 of 6: PHQ-9');
    await page.getByLabel('Add my PHQ-9 scores').check();
    await answerPhq9(page, 'Before your first session', [
      'Nearly every day',
      'Nearly every day',
      'More than half the days',
      'Nearly every day',
      'Several days',
      'Nearly every day',
      'More than half the days',
      'Several days',
      'More than half the days',
    ]);
    await page.getByText('Total: 20 of 27 (severe)').waitFor();
    await next(page);
    await page.getByText('Answer all nine questions for how things are now.').first().waitFor();
    await answerPhq9(page, 'Now', [
      'Several days',
      'Not at all',
      'Several days',
      'Several days',
      'Not at all',
      'Not at all',
      'Not at all',
      'Not at all',
      'Not at all',
    ]);
    await page.getByText('Total: 3 of 27 (minimal)').waitFor();
    await expectAccessible(page, 'the PHQ-9 step');
    await next(page);

    // Step 5: the story, then the draft survives a reload.
    await stepHeading(page, 'Step 5 of 6: Your story');
    await page.getByLabel('Title').fill(title);
    await page
      .getByRole('textbox', { name: 'Your story' })
      .fill(
        'Years of medication did little. The first infusions felt strange and floaty, but within days the weight ' +
          'lifted a little. By the sixth session I was cooking again and answering messages from friends.',
      );
    await page.reload();
    await page.getByText('We restored the draft you started earlier on this device.').waitFor();
    for (let step = 0; step < 4; step++) await next(page);
    await stepHeading(page, 'Step 5 of 6: Your story');
    expect(await page.getByLabel('Title').inputValue()).toBe(title);
    await page.getByRole('button', { name: 'Preview your testimonial' }).click();
    await page.getByRole('heading', { name: `Preview: ${title}` }).waitFor();
    await page.getByText('20 (severe) → 3 (minimal), down 85%').first().waitFor();
    await expectAccessible(page, 'the story step with its preview');
    await next(page);

    // Step 6: anonymously, then submit.
    await stepHeading(page, 'Step 6 of 6: Share');
    await page.getByLabel('Anonymously').check();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL('**/testimonials/mine');
    await page
      .getByText('Thank you for sharing your story. It is waiting for review by a moderator.')
      .waitFor();
    const mine = page
      .getByRole('list', { name: 'My testimonials' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await mine.getByText('Waiting for review').waitFor();
    await expectAccessible(page, 'my testimonials');
    const draftLeft = await page.evaluate(() => JSON.stringify(Object.keys(localStorage)));
    expect(draftLeft).not.toContain('testimonial-draft');

    // A moderator approves it through the moderation queue.
    const moderator = await newModerator();
    const { page: queue, errors: queueErrors } = await openPage();
    await signInOnTheWeb(queue, moderator);
    await queue.goto('/moderation');
    expect(await heading(queue)).toBe('Moderation queue');
    await queue
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .click();
    expect(await heading(queue)).toBe('Case');
    await queue.getByRole('button', { name: 'Claim this case' }).click();
    await queue.getByText('You have claimed this case.').waitFor();
    await queue.getByRole('radio', { name: /Approve/ }).check();
    await queue.getByRole('button', { name: 'Approve and resolve' }).click();
    await queue.getByText('Resolved: Approve.').waitFor();
    expect(queueErrors).toEqual([]);

    // The member's own list says it is published.
    await page.reload();
    await mine.getByText('Published', { exact: true }).waitFor();

    // A visitor reads it, without the author, and the outcomes page counts it.
    const { page: visitor, errors: visitorErrors } = await openPage();
    await visitor.goto('/testimonials');
    expect(await heading(visitor)).toBe('Testimonials');
    const card = visitor.getByRole('article').filter({ hasText: title });
    await card.getByText('Shared anonymously').waitFor();
    await expectAccessible(visitor, 'the testimonial list');
    await visitor.getByLabel('Treatment').selectOption('ESKETAMINE_NASAL_SPRAY');
    await visitor.getByText('No testimonials match these filters').waitFor();
    await visitor.getByLabel('Treatment').selectOption('IV_INFUSION');
    await visitor.getByLabel('Side effect').selectOption('NAUSEA');
    await card.getByRole('link', { name: title }).click();
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    await visitor.getByText('Shared anonymously').first().waitFor();
    await visitor.getByText('20 (severe) → 3 (minimal), down 85%').waitFor();
    await visitor.getByText('Dissociation, Nausea').waitFor();
    expect(await visitor.evaluate(() => document.body.innerText)).not.toContain(member.handle);
    await expectAccessible(visitor, 'the testimonial page');

    await visitor.goto('/testimonials/outcomes');
    expect(await heading(visitor)).toBe('Community outcomes');
    await visitor.getByText('community-reported, not medical advice', { exact: false }).first().waitFor();
    await visitor.getByText('Based on few reports', { exact: false }).first().waitFor();
    const rates = visitor.getByRole('table', { name: /Response and remission/ });
    await rates
      .getByRole('row', { name: /IV infusion/ })
      .getByText('100% (1)')
      .first()
      .waitFor();
    await visitor
      .getByRole('table', { name: /Side effects/ })
      .getByRole('row', { name: /Nausea/ })
      .getByText('1', { exact: true })
      .waitFor();
    await expectAccessible(visitor, 'the outcomes page');
    expect(visitorErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the moderator’s note to the author when a testimonial is not published', async () => {
    const member = await registerMember(gql);
    const { submitTestimonial } = await member.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id } } }`,
      {
        input: {
          title: 'Not quite ready yet',
          story:
            'A story that names my clinic and my doctor in full, which the moderators will ask me to change.',
          modality: 'ESKETAMINE_NASAL_SPRAY',
          overallRating: 3,
          reliefOnset: 'WITHIN_WEEKS',
          reliefDuration: 'WEEKS',
        },
      },
    );
    const moderator = await newModerator();
    const { moderationQueue } = await moderator.gql.ok<{
      moderationQueue: { nodes: { id: string; contentId: string }[] };
    }>(`{ moderationQueue(filter: { contentKind: TESTIMONIAL }, first: 50) { nodes { id contentId } } }`);
    const review = moderationQueue.nodes.find((c) => c.contentId === submitTestimonial.testimonial.id)!;
    await moderator.gql.ok(
      `mutation($id: ID!, $i: ResolveCaseInput!) { resolveCase(id: $id, input: $i) { id } }`,
      {
        id: review.id,
        i: { action: 'REMOVE', note: 'Please leave out the names of your clinic and doctor.' },
      },
    );

    const { page, errors } = await openPage();
    await signInOnTheWeb(page, member);
    await page.goto('/testimonials/mine');
    const item = page.getByRole('listitem').filter({ hasText: 'Not quite ready yet' });
    await item.getByText('Not published', { exact: true }).waitFor();
    await item.getByText('Please leave out the names of your clinic and doctor.').waitFor();
    await expectAccessible(page, 'my testimonials with a rejection note');
    expect(errors).toEqual([]);
  });

  it('lets the author edit a testimonial while it waits for review, without touching their draft', async () => {
    const member = await registerMember(gql);
    await member.gql.ok(
      `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id } } }`,
      {
        input: {
          title: 'First thoughts after six sessions',
          story: 'Six sessions in, the mornings are easier and I have started walking again with a friend.',
          modality: 'IM_INJECTION',
          overallRating: 4,
          reliefOnset: 'WITHIN_WEEKS',
          reliefDuration: 'ONGOING',
          phq9Before: 16,
          phq9After: 7,
        },
      },
    );
    const { page, errors } = await openPage();
    await signInOnTheWeb(page, member);
    const draftKey = `haven:testimonial-draft:v1:${member.id}`;
    const draft = JSON.stringify({ title: 'A story I have not sent yet' });
    await page.evaluate(([key, value]) => (localStorage[key] = value), [draftKey, draft]);
    await page.goto('/testimonials/mine');
    await page.getByRole('link', { name: 'Edit “First thoughts after six sessions”' }).click();
    await expectHeading(page, 'Edit your testimonial');
    await page.getByText('Your PHQ-9 scores (16 before, 7 now) stay as they are').waitFor();
    await expectAccessible(page, 'the edit form');
    for (let step = 0; step < 4; step++) await next(page);
    await stepHeading(page, 'Step 5 of 6: Your story');
    await page.getByLabel('Title').fill('Six sessions: easier mornings');
    await next(page);
    await stepHeading(page, 'Step 6 of 6: Share');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL('**/testimonials/mine');
    await page.getByText('Your changes are saved.', { exact: false }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'Six sessions: easier mornings' });
    await item.getByText('Waiting for review').waitFor();
    expect(await page.getByText('First thoughts after six sessions').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage[key], draftKey)).toBe(draft);
    expect(errors).toEqual([]);
  });

  it('fits a small screen in light and dark colour schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage({ viewport: { width: 360, height: 780 }, colorScheme });
      for (const path of ['/testimonials', '/testimonials/outcomes']) {
        await page.goto(path);
        await heading(page);
        await page
          .getByRole('main')
          .getByRole('table')
          .first()
          .or(page.getByRole('article').first())
          .waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ path, colorScheme, overflow }).toEqual({ path, colorScheme, overflow: 0 });
        await expectAccessible(page, `${path} at 360 px (${colorScheme})`);
        await page.screenshot({
          path: `/tmp/t-${colorScheme}${path.replace(/\//g, '-')}.png`,
          fullPage: true,
        });
      }
      expect(errors).toEqual([]);
    }
  });

  it('runs under the production content security policy', async () => {
    const { page, errors } = await openPage({ bypassCSP: false });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/testimonials/outcomes');
    await page.getByRole('heading', { name: 'How soon relief came' }).waitFor();
    await page.goto('/testimonials');
    await page.getByRole('article').first().waitFor();
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});
