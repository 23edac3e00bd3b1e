import type { Locator, Page } from 'playwright-core';
import { GraphqlClient, registerMember, type TestMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { expectHeading, useBrowserSession } from './support/browser-session';
import { newModerator, signInOnTheWeb } from './support/members';
import { expectInViewport, signUpInBrowser } from './support/viewports';

// Report from every surface: a member reports a chat message, a testimonial and a member's profile,
// each with the reasons; the confirmation takes focus and is in view; nobody is offered to report their
// own words; a moderator finds each report as a case in the queue, and sees what the profile said when
// it was reported after its author changed it.

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const document: { activeElement: { className: string; textContent: string | null } | null };

const session = useBrowserSession();
let gql: GraphqlClient;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});

const THANKS = 'Thank you. A moderator will look at it soon.';
const ROOM = 'Evening support';
const MESSAGE = 'Anyone else awake and counting the hours tonight?';
const BIO_BEFORE = 'Sending private messages to new members about where to buy.';
const BIO_AFTER = 'Nine months into maintenance infusions.';
const STORY =
  'The first infusion felt strange and long. By the fourth, the heavy mornings had started to lift, and I ' +
  'could walk to the shop again without planning the whole day around it.';

async function enterRoom(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Support rooms' }).click();
  await expectHeading(page, 'Support rooms');
  await page.getByRole('link', { name: ROOM }).click();
  await expectHeading(page, ROOM);
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

/** Opens the Report form inside `scope`, picks a reason, sends it, and checks the confirmation. */
async function report(page: Page, scope: Locator, what: string, reason: string): Promise<void> {
  const toggle = scope.getByRole('button', { name: `Report this ${what}` });
  await toggle.click();
  const form = scope.getByRole('group', { name: `What is wrong with this ${what}?` });
  await form.waitFor();
  // Every reason is offered, whatever the surface.
  for (const label of [
    'Someone may be in crisis',
    'Harassment or bullying',
    'Buying or selling drugs',
    'Harmful misinformation',
    'Someone’s private information',
    'Spam or advertising',
    'Something else',
  ]) {
    await form.getByText(label, { exact: true }).waitFor();
  }
  await form.getByText(reason, { exact: true }).click();
  await scope.getByRole('button', { name: 'Send report' }).click();
  const confirmation = scope.getByText(THANKS);
  await confirmation.waitFor();
  const focused = await page.evaluate(() => ({
    className: document.activeElement?.className ?? '',
    text: document.activeElement?.textContent ?? '',
  }));
  expect(focused.className).toContain('report-outcome');
  expect(focused.text).toContain(THANKS);
  await expectInViewport(page, confirmation, `the confirmation of the ${what} report`);
  await expectAccessible(page, `the confirmation of a ${what} report`);
}

async function publishedTestimonial(author: TestMember, moderator: TestMember): Promise<string> {
  const { submitTestimonial } = await author.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
    `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id } } }`,
    {
      input: {
        title: 'Four infusions in',
        story: STORY,
        anonymous: true,
        modality: 'IV_INFUSION',
        overallRating: 4,
        reliefOnset: 'WITHIN_WEEKS',
        reliefDuration: 'WEEKS',
      },
    },
  );
  const id = submitTestimonial.testimonial.id;
  const { moderationQueue } = await moderator.gql.ok<{
    moderationQueue: { nodes: { id: string; contentId: string }[] };
  }>(`{ moderationQueue(filter: { contentKind: TESTIMONIAL }, first: 50) { nodes { id contentId } } }`);
  const review = moderationQueue.nodes.find((c) => c.contentId === id);
  if (!review) throw new Error('the testimonial has no review case');
  await moderator.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: APPROVE }) { id } }`, {
    id: review.id,
  });
  return id;
}

describe('reporting from every surface in the browser', () => {
  it('a member reports a chat message, a testimonial and a profile; a moderator sees each case', async () => {
    const author = await registerMember(gql);
    await author.gql.ok(`mutation($bio: String!) { updateProfile(input: { bio: $bio }) { id } }`, {
      bio: BIO_BEFORE,
    });
    const moderator = await newModerator(session.server, gql);
    const testimonialId = await publishedTestimonial(author, moderator);

    const writer = await session.openPage();
    const reader = await session.openPage();
    await signInOnTheWeb(writer.page, author);
    await signUpInBrowser(reader.page, 'reporter');

    // A chat message: the reader reports it; its author is not offered Report on it.
    await enterRoom(writer.page);
    await enterRoom(reader.page);
    await writer.page.getByLabel('Your message').fill(MESSAGE);
    await writer.page.getByLabel('Your message').press('Enter');
    const readerMessage = reader.page.getByRole('log').getByRole('listitem').filter({ hasText: MESSAGE });
    await readerMessage.waitFor();
    await report(reader.page, readerMessage, 'chat message', 'Harassment or bullying');
    const ownMessage = writer.page.getByRole('log').getByRole('listitem').filter({ hasText: MESSAGE });
    await ownMessage.waitFor();
    await expect(ownMessage.getByRole('button', { name: /^Report/ }).count()).resolves.toBe(0);

    // A testimonial, shared anonymously: the reader reports it; the author does not see Report on it.
    await reader.page.goto(`/testimonials/${testimonialId}`);
    await expectHeading(reader.page, 'Four infusions in');
    await report(reader.page, reader.page.getByRole('main'), 'testimonial', 'Harmful misinformation');
    await writer.page.goto(`/testimonials/${testimonialId}`);
    await expectHeading(writer.page, 'Four infusions in');
    await writer.page.getByText('Shared anonymously by you').waitFor();
    await expect(writer.page.getByRole('button', { name: /^Report/ }).count()).resolves.toBe(0);

    // A member's profile: reported with its reasons; one's own profile offers no Report.
    await reader.page.goto(`/u/${author.handle}`);
    await expectHeading(reader.page, `@${author.handle}`);
    await report(reader.page, reader.page.getByRole('main'), 'member', 'Buying or selling drugs');
    await writer.page.goto(`/u/${author.handle}`);
    await expectHeading(writer.page, `@${author.handle}`);
    await expect(writer.page.getByRole('button', { name: /^Report/ }).count()).resolves.toBe(0);

    // A visitor is asked to sign in instead.
    const visitor = await session.openPage();
    await visitor.page.goto(`/u/${author.handle}`);
    await expectHeading(visitor.page, `@${author.handle}`);
    await visitor.page.getByRole('link', { name: 'Sign in to report' }).waitFor();
    await expect(visitor.page.getByRole('button', { name: /^Report/ }).count()).resolves.toBe(0);

    // The author changes the reported bio afterwards.
    await author.gql.ok(`mutation($bio: String!) { updateProfile(input: { bio: $bio }) { id } }`, {
      bio: BIO_AFTER,
    });

    // The moderator finds the three reports as cases in the queue.
    const desk = await session.openPage();
    await signInOnTheWeb(desk.page, moderator);
    await desk.page.goto('/moderation');
    await expectHeading(desk.page, 'Moderation queue');
    const cases = desk.page.getByRole('list', { name: 'Cases' });
    const chatCase = cases
      .getByRole('listitem')
      .filter({ hasText: 'Chat message' })
      .filter({ hasText: MESSAGE });
    const testimonialCase = cases.getByRole('listitem').filter({ hasText: 'Testimonial' }).filter({
      hasText: 'Four infusions in',
    });
    const memberCase = cases
      .getByRole('listitem')
      .filter({ hasText: 'Member' })
      .filter({
        hasText: `@${author.handle}`,
      });
    for (const item of [chatCase, testimonialCase, memberCase]) {
      await item.getByText('1 report').waitFor();
    }
    await expectAccessible(desk.page, 'the queue with the three reports');

    // The member case shows what the profile said when reported, beside what it says now.
    await memberCase.getByRole('link').first().click();
    await expectHeading(desk.page, 'Case');
    const content = desk.page.getByRole('region', { name: 'The member' });
    await content.getByText('Edited since it was reported.').waitFor();
    await content.getByText(`@${author.handle}: ${BIO_AFTER}`).waitFor();
    await content.getByText(`@${author.handle}: ${BIO_BEFORE}`).waitFor();
    await desk.page.getByText('Buying or selling drugs', { exact: true }).waitFor();
    await expectAccessible(desk.page, 'a case about content edited since it was reported');

    expect(writer.errors).toEqual([]);
    expect(reader.errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
    expect(desk.errors).toEqual([]);
  }, 240_000);
});
