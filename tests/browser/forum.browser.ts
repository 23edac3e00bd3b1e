import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { signUpInBrowser } from './support/viewports';
import { expectHeading, useBrowserSession } from './support/browser-session';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const document: { activeElement: { textContent: string | null } | null };

const session = useBrowserSession();
const openPage = session.openPage;

/** Presses Tab until the element is focused (keyboard-only navigation), then returns. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.test(text)) return;
  }
  throw new Error(`Could not reach ${name} with the keyboard`);
}

describe('the forum in the browser', () => {
  it('writes a post with a content warning; another member reveals it, comments, reacts and finds it', async () => {
    const title = 'Sleep after my infusions';
    const author = await openPage();
    const authorHandle = await signUpInBrowser(author.page, 'forum');

    await author.page.getByRole('link', { name: 'Forum' }).first().click();
    await expectHeading(author.page, 'Forum');
    await author.page.getByRole('heading', { name: 'Getting started' }).waitFor();
    await expectAccessible(author.page, 'the forum home');

    await author.page.getByRole('link', { name: 'Start a new thread' }).first().click();
    await expectHeading(author.page, 'Start a new thread');
    // Client-side checks first.
    await author.page.getByRole('button', { name: 'Post', exact: true }).click();
    await author.page.getByText('Choose where your thread belongs.').waitFor();
    await author.page.getByText('A title needs 3 to 200 characters.').waitFor();
    await expectAccessible(author.page, 'the composer with errors');

    await author.page.getByLabel('Category').selectOption({ label: 'Treatment experiences' });
    await author.page.getByLabel('Title').fill(title);
    await author.page
      .getByLabel('Your post')
      .fill(
        'After three **infusions** my sleeping changed a lot.\n\nThe second session was hard to talk about.',
      );
    await author.page.getByLabel('Tags').fill('Sleep, infusion');
    await author.page.getByLabel('Trauma').check();
    await author.page.getByRole('button', { name: 'Preview' }).click();
    await author.page.locator('.f-preview strong', { hasText: 'infusions' }).waitFor();
    await expectAccessible(author.page, 'the composer preview');
    await author.page.getByRole('button', { name: 'Post', exact: true }).click();
    await author.page.waitForURL('**/forum/p/**');
    await expectHeading(author.page, title);
    await author.page.getByText('Your post is up.').waitFor();
    await author.page.getByText('Content warning: Trauma').waitFor();
    await expectAccessible(author.page, 'the new post');
    const postUrl = author.page.url();

    // Another member finds it folded, reveals it with the keyboard, comments and reacts.
    const reader = await openPage();
    await signUpInBrowser(reader.page, 'forum');
    await reader.page.goto('/forum');
    const card = reader.page.getByRole('article', { name: title });
    await card.getByText('Folded because of its content warning').waitFor();
    await card.getByRole('link', { name: title }).click();
    await expectHeading(reader.page, title);
    const reveal = reader.page.getByRole('button', { name: 'Show the post' });
    expect(await reveal.getAttribute('aria-expanded')).toBe('false');
    // Folded: blurred, out of the accessibility tree and out of the tab order.
    const folded = reader.page.locator('.f-gate__content');
    expect(await folded.getAttribute('aria-hidden')).toBe('true');
    expect(await folded.getAttribute('class')).toContain('f-gate__content--folded');
    await expectAccessible(reader.page, 'a folded post');
    await reveal.focus();
    await reader.page.keyboard.press('Enter');
    await reader.page.getByText('my sleeping changed a lot').waitFor({ state: 'visible' });
    expect(await folded.getAttribute('aria-hidden')).toBe('false');
    expect(
      await reader.page.getByRole('button', { name: 'Fold the post again' }).getAttribute('aria-expanded'),
    ).toBe('true');

    await tabTo(reader.page, /Hug/);
    await reader.page.keyboard.press('Enter');
    const hug = reader.page.getByRole('button', { name: /Hug/ }).first();
    await reader.page.locator('.f-post button[aria-pressed="true"]').waitFor();
    expect(await hug.getAttribute('aria-pressed')).toBe('true');
    expect(await hug.textContent()).toContain('1');

    await reader.page
      .getByLabel('Add a comment')
      .fill('Thank you for writing this. Sleep got better for me too.');
    await reader.page.getByRole('button', { name: 'Post comment' }).click();
    await reader.page.getByText('Your comment is posted.').waitFor();
    await reader.page.getByRole('listitem').filter({ hasText: 'Sleep got better for me too.' }).waitFor();
    await reader.page.getByRole('heading', { name: '1 comment', exact: true }).waitFor();
    await expectAccessible(reader.page, 'the post with a comment');

    // Search finds it by a stemmed word.
    await reader.page.goto('/forum');
    await reader.page.getByLabel('Search the forum').fill('infusion sleep');
    await reader.page.getByRole('button', { name: 'Search' }).click();
    await expectHeading(reader.page, 'Search: infusion sleep');
    await reader.page.getByRole('link', { name: title }).waitFor();
    await expectAccessible(reader.page, 'the search results');

    // The author sees the reaction and the comment.
    await author.page.goto(postUrl);
    await author.page.getByText('Sleep got better for me too.').waitFor();
    expect(await author.page.getByRole('button', { name: /Hug/ }).first().textContent()).toContain('1');
    expect(authorHandle).toMatch(/^forum_/);

    expect(author.errors).toEqual([]);
    expect(reader.errors).toEqual([]);
  });

  it('shows crisis lines while a HIGH draft is being typed, before posting, and still lets the member post', async () => {
    const { page, errors } = await openPage();
    await signUpInBrowser(page, 'forum');
    await page.goto('/forum/new');
    await page.getByLabel('Category').selectOption({ label: 'Getting started' });
    await page.getByLabel('Title').fill('A very hard night');
    await page.getByLabel('Your post').pressSequentially('i keep wanting to cut myself again', { delay: 20 });
    // Nothing was posted: the composer asked the server about the draft as it was typed.
    await page.getByText('You don’t have to carry this alone').waitFor();
    expect(page.url()).toMatch(/\/forum\/new$/);
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the composer with crisis lines');
    await page.getByRole('button', { name: 'Post now' }).click();
    await page.waitForURL('**/forum/p/**');
    await expectHeading(page, 'A very hard night');
    await page.getByText('Content warning: Suicidal thoughts').waitFor();
    expect(errors).toEqual([]);
  });

  it('shows empty, not-found and edit/delete states', async () => {
    const { page, errors } = await openPage();
    await signUpInBrowser(page, 'forum');
    await page.goto('/forum/c/research-news');
    await expectHeading(page, 'Research & news');
    await page.getByText('No threads in Research & news yet').waitFor();
    await expectAccessible(page, 'an empty category');
    await page.goto('/forum/c/no-such-category');
    await expectHeading(page, 'We could not find that page');
    await page.goto('/forum/search?q=zzzqqq');
    await page.getByText('Nothing found').waitFor();

    await page.goto('/forum/new?category=research-news');
    await page.getByLabel('Title').fill('A study I read');
    await page.getByLabel('Your post').fill('It was about maintenance sessions.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL('**/forum/p/**');
    await page.getByRole('link', { name: 'Edit post' }).click();
    await expectHeading(page, 'Edit post');
    await page.getByLabel('Title').fill('A study I read last week');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your changes are saved.').waitFor();
    await expectHeading(page, 'A study I read last week');
    await page.getByRole('button', { name: 'Delete post' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('[deleted] The author deleted this post').waitFor();
    await expectAccessible(page, 'a deleted post');
    expect(errors).toEqual([]);
  });
});
