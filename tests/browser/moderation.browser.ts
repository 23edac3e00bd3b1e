import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { GraphqlClient, registerMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { newModerator, signInOnTheWeb } from './support/members';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();
let gql: GraphqlClient;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});
const openPage = session.openPage;

/** A member promoted to moderator by the server's administrator. */
/** Follows a link of the signed-in member's account menu (no full page load). */
async function fromAccountMenu(page: Page, handle: string, link: string | RegExp) {
  await page.getByRole('button', { name: `Account menu for ${handle}` }).click();
  await page.getByRole('link', { name: link }).click();
}

function newMember() {
  const id = randomBytes(4).toString('hex');
  return { email: `member-${id}@haven.test`, handle: `tired_${id}`, password: `lantern-harbour-${id}` };
}

describe('moderation in the browser', () => {
  it('a crisis post shows the member resources; a moderator sees it live, claims and resolves it; the log shows it', async () => {
    const moderator = await newModerator(session.server, gql);
    const { page: queue, errors } = await openPage();
    await signInOnTheWeb(queue, moderator);
    await fromAccountMenu(queue, moderator.handle, 'Moderation queue');
    await queue.getByRole('heading', { level: 1, name: 'Moderation queue', exact: true }).waitFor();
    await queue.getByText('Live: new cases appear here without reloading.').waitFor();
    await expectAccessible(queue, 'the moderation queue');

    // A new member writes crisis language in the forum and is shown crisis lines before and after posting.
    const { page: forum, errors: memberErrors } = await openPage();
    const member = newMember();
    await forum.goto('/sign-up');
    await forum.getByLabel('E-mail address').fill(member.email);
    await forum.getByLabel('Handle').fill(member.handle);
    await forum.getByLabel('Password').fill(member.password);
    await forum.getByRole('button', { name: 'Create account' }).click();
    await forum.getByText(`Welcome to Haven, ${member.handle}`).waitFor();
    await forum.getByRole('banner').getByRole('link', { name: 'Forum' }).click();
    await forum.locator('main a[href="/forum/new"]').first().click();
    await forum.getByRole('heading', { level: 1, name: 'Start a new thread', exact: true }).waitFor();
    await forum.getByLabel('Category').selectOption({ index: 1 });
    await forum.getByLabel('Title').fill('I am so tired');
    await forum.getByLabel('Your post').fill('I want to kill myself tonight.');
    await forum.getByRole('button', { name: 'Post', exact: true }).click();
    const help = forum.getByRole('alert').filter({ hasText: 'You don’t have to carry this alone' });
    await help.waitFor();
    expect(await help.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    await forum.getByRole('button', { name: 'Post now' }).click();
    await forum
      .getByText('If things feel too heavy, the crisis lines are always on the Help page.')
      .waitFor();
    expect(memberErrors).toEqual([]);

    // The moderator's queue shows the URGENT case without a reload, with a visual (sound-free) alert.
    const alert = queue.getByRole('alert').filter({ hasText: 'A new urgent case' });
    await alert.waitFor();
    await queue.getByRole('list', { name: 'Cases' }).getByText('Urgent').first().waitFor();
    await expectAccessible(queue, 'the queue with an urgent case');
    await alert.getByRole('link', { name: /I am so tired/ }).click();

    await queue.getByRole('heading', { level: 1, name: 'Case', exact: true }).waitFor();
    await queue.getByText('crisis-language').waitFor();
    await queue.getByText('I want to kill myself tonight.').first().waitFor();
    await expectAccessible(queue, 'the case page');
    await queue.getByRole('button', { name: 'Claim this case' }).click();
    await queue.getByText('You have claimed this case.').waitFor();
    await queue.getByRole('radio', { name: /Dismiss/ }).check();
    await queue
      .getByRole('textbox', { name: /Note/ })
      .fill('Reached out with crisis lines; the post stays up.');
    await queue.getByRole('button', { name: 'Dismiss and resolve' }).click();
    await queue.getByText('Resolved: Dismiss.').waitFor();

    await queue.getByRole('navigation', { name: 'Moderation' }).getByRole('link', { name: 'Log' }).click();
    await queue.getByRole('heading', { level: 1, name: 'Moderation log', exact: true }).waitFor();
    const row = queue.getByRole('row').filter({ hasText: 'Reached out with crisis lines' });
    await row.waitFor();
    expect(await row.textContent()).toContain(moderator.handle);
    expect(await row.textContent()).toContain(member.handle);
    await expectAccessible(queue, 'the moderation log');
    expect(errors).toEqual([]);
  });

  it('reports a post with the Report button; the author reads the moderator’s notice', async () => {
    const author = await registerMember(gql);
    const { categories } = await gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const { createPost } = await author.gql.ok<{ createPost: { post: { id: string } } }>(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`,
      { input: { categoryId: categories[0].id, title: 'Nobody here gets it', body: 'You are all idiots.' } },
    );

    const reporter = await registerMember(gql);
    const { page, errors } = await openPage();
    await page.goto(`/forum/p/${createPost.post.id}`);
    await page.getByRole('link', { name: 'Sign in to report' }).first().click();
    await page.getByLabel('E-mail address').fill(reporter.email);
    await page.getByLabel('Password').fill(reporter.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nobody here gets it', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Report this post' }).click();
    await page.getByRole('radio', { name: /Harassment or bullying/ }).check();
    await page.getByLabel('Anything the moderators should know?').fill('Insults everyone in the thread.');
    await expectAccessible(page, 'the report form');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('Thank you. A moderator will look at it soon.').waitFor();

    const moderator = await newModerator(session.server, gql);
    const { page: queue, errors: moderatorErrors } = await openPage();
    await signInOnTheWeb(queue, moderator);
    await fromAccountMenu(queue, moderator.handle, 'Moderation queue');
    await queue.getByRole('link', { name: /Nobody here gets it/ }).click();
    await queue.getByText('Insults everyone in the thread.').waitFor();
    await queue.getByText(reporter.handle).first().waitFor();
    await queue.getByRole('radio', { name: /Hide/ }).check();
    await queue.getByRole('textbox', { name: /Note/ }).fill('Please keep it kind.');
    await queue.getByRole('button', { name: 'Hide and resolve' }).click();
    await queue.getByText('Resolved: Hide.').waitFor();
    expect(moderatorErrors).toEqual([]);

    const { page: mine, errors: authorErrors } = await openPage();
    await signInOnTheWeb(mine, author);
    await fromAccountMenu(mine, author.handle, /Notices\s*1 unread/);
    await mine.getByRole('heading', { level: 1, name: 'Notices', exact: true }).waitFor();
    await mine.getByText('A moderator hid your post.').waitFor();
    await mine.getByText('Moderator’s note: Please keep it kind.').waitFor();
    await expectAccessible(mine, 'the notices page');
    await mine.getByRole('button', { name: 'Mark all 1 as read' }).click();
    await mine.getByRole('button', { name: /Mark all/ }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    expect(authorErrors).toEqual([]);
  });

  it('lets an administrator add and delete an automatic rule', async () => {
    const { page, errors } = await openPage();
    await signInOnTheWeb(page, session.server.admin);
    await page.getByRole('button', { name: /Account menu for/ }).click();
    await page.getByRole('link', { name: 'Moderation queue' }).click();
    await page
      .getByRole('navigation', { name: 'Moderation' })
      .getByRole('link', { name: 'Automatic rules' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Automatic rules', exact: true }).waitFor();
    const form = page.locator('form.rule-form').last();
    await form.getByLabel('Name').fill('vendor-handles');
    await form.getByLabel('Word, phrase or pattern').fill('\\bplug\\b');
    await form.getByLabel('The pattern is a regular expression').check();
    await form.getByLabel('What a match does').selectOption('HOLD_FOR_REVIEW');
    await form.getByLabel('Priority of the case it opens').selectOption('HIGH');
    await form.getByRole('button', { name: 'Add rule' }).click();
    await page.getByText('Rule “vendor-handles” added.').waitFor();
    const rule = page.getByRole('listitem').filter({ hasText: 'vendor-handles' });
    await rule.getByText('Hold for review').waitFor();
    await expectAccessible(page, 'the rules page');
    await rule.getByRole('button', { name: 'Delete vendor-handles' }).click();
    await rule.getByRole('button', { name: 'Yes, delete vendor-handles' }).click();
    await page.getByText('Rule “vendor-handles” deleted.').waitFor();
    expect(errors).toEqual([]);
  });
});
