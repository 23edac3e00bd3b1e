import { expectAccessible } from './support/axe';
import { signUpInBrowser } from './support/viewports';
import { expectHeading, useBrowserSession } from './support/browser-session';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const window: { havenMarker?: string; innerHeight: number };
declare const document: {
  activeElement: {
    getAttribute(name: string): string | null;
    getBoundingClientRect(): { top: number };
  } | null;
};

const session = useBrowserSession();

describe('notifications in the browser', () => {
  it('shows a reply live in the header badge and opens it from the list', async () => {
    const title = 'First week back at work';
    const author = await session.openPage();
    await signUpInBrowser(author.page, 'author');
    await author.page.goto('/forum/new');
    await author.page.getByLabel('Category').selectOption({ label: 'Treatment experiences' });
    await author.page.getByLabel('Title').fill(title);
    await author.page
      .getByLabel('Your post')
      .fill('Going back after the infusions was harder than I thought.');
    await author.page.getByRole('button', { name: 'Post', exact: true }).click();
    await author.page.waitForURL('**/forum/p/**');
    const postPath = new URL(author.page.url()).pathname;
    await author.page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    // The author stays on the page; a marker on the window shows it is never reloaded.
    await author.page.evaluate(() => {
      window.havenMarker = 'still here';
    });

    const replier = await session.openPage();
    const replierHandle = await signUpInBrowser(replier.page, 'replier');
    await replier.page.goto(postPath);
    await expectHeading(replier.page, title);
    await replier.page
      .getByLabel('Add a comment')
      .fill('It took me a month to feel steady. Be gentle with you.');
    await replier.page.getByRole('button', { name: 'Post comment' }).click();
    await replier.page.getByText('Your comment is posted.').waitFor();

    // Over the /notifications socket, without a reload.
    const badge = author.page.getByRole('link', { name: 'Notifications 1 unread' });
    await badge.waitFor();
    expect(await author.page.evaluate(() => window.havenMarker)).toBe('still here');
    await expectAccessible(author.page, 'the header with an unread notification');

    await badge.click();
    await expectHeading(author.page, 'Notifications');
    const entry = author.page.getByRole('link', { name: `@${replierHandle} replied to your post` });
    await entry.waitFor();
    await expectAccessible(author.page, 'the notifications list');
    await entry.click();

    await author.page.waitForURL(`**${postPath}#comment-*`);
    await expectHeading(author.page, title);
    const commentId = new URL(author.page.url()).hash.slice(1);
    const reply = author.page.locator(`article[aria-labelledby="${commentId}"]`);
    await reply.getByText('It took me a month to feel steady.').waitFor({ state: 'visible' });
    // The reply is focused and in view; once it is read the badge shows no count.
    await author.page.waitForFunction(
      (id) => document.activeElement?.getAttribute('aria-labelledby') === id,
      commentId,
    );
    expect(
      await author.page.evaluate(() => {
        const top = document.activeElement?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight;
      }),
    ).toBe(true);
    expect(await reply.getAttribute('aria-current')).toBe('location');
    await expectAccessible(author.page, 'the post opened at the reply');
    await author.page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    expect(author.errors).toEqual([]);
    expect(replier.errors).toEqual([]);
  });

  it('watches a category, links a mention to the profile, and the profile shows the member’s posts', async () => {
    const title = 'Notes from my second month';
    const watcher = await session.openPage();
    await signUpInBrowser(watcher.page, 'watcher');
    await watcher.page.goto('/forum/c/treatment-experiences');
    await expectHeading(watcher.page, 'Treatment experiences');
    const watch = watcher.page.getByLabel('Tell me of every new post in this category');
    expect(await watch.isChecked()).toBe(false);
    const saved = watcher.page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('setCategoryWatch'),
    );
    await watch.check();
    await saved;
    // The server kept it: checked once the page is loaded again.
    await watcher.page.reload();
    await watcher.page.getByLabel('Tell me of every new post in this category', { exact: true }).waitFor();
    expect(await watch.isChecked()).toBe(true);
    await expectAccessible(watcher.page, 'a category page with its watch control');

    const author = await session.openPage();
    const authorHandle = await signUpInBrowser(author.page, 'poster');
    await author.page.goto('/forum/new');
    await author.page.getByLabel('Category').selectOption({ label: 'Treatment experiences' });
    await author.page.getByLabel('Title').fill(title);
    await author.page.getByLabel('Your post').fill('The second month was steadier than the first.');
    await author.page.getByRole('button', { name: 'Post', exact: true }).click();
    await author.page.waitForURL('**/forum/p/**');

    const entry = `@${authorHandle} posted in Treatment experiences`;
    await watcher.page.getByRole('link', { name: 'Notifications 1 unread' }).click();
    await watcher.page.getByRole('link', { name: entry }).click();
    await expectHeading(watcher.page, title);

    await watcher.page.getByLabel('Add a comment').fill(`Glad to read this, @${authorHandle}.`);
    await watcher.page.getByRole('button', { name: 'Post comment' }).click();
    await watcher.page.getByText('Your comment is posted.').waitFor();
    const mention = watcher.page.locator('.f-comment a.mention', { hasText: `@${authorHandle}` });
    expect(await mention.getAttribute('href')).toBe(`/u/${authorHandle}`);
    await watcher.page.evaluate(() => {
      window.havenMarker = 'still here';
    });
    await mention.click();

    await watcher.page.waitForURL(`**/u/${authorHandle}`);
    await expectHeading(watcher.page, `@${authorHandle}`);
    // Inside the app, without reloading it.
    expect(await watcher.page.evaluate(() => window.havenMarker)).toBe('still here');
    const posts = watcher.page.getByRole('region', { name: 'Recent posts' });
    await posts.getByRole('link', { name: title }).waitFor();
    await watcher.page.getByRole('region', { name: 'Testimonials' }).getByText('No testimonials').waitFor();
    await expectAccessible(watcher.page, 'a member profile');

    expect(watcher.errors).toEqual([]);
    expect(author.errors).toEqual([]);
  });
});
