import type { Page } from 'playwright-core';
import { GraphqlClient, registerMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { expectHeading, heading, useBrowserSession } from './support/browser-session';
import { VIEWPORTS, expectInViewport, signUpInBrowser } from './support/viewports';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const window: { scrollTo(x: number, y: number): void; scrollY: number };
declare const document: { body: { scrollHeight: number } };
declare const navigator: { serviceWorker: { ready: Promise<unknown> } };

const session = useBrowserSession();

async function expectAccessibleInBothSchemes(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, label);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${label}, dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('fast on a weak connection', () => {
  it('serves /help as a whole page with JavaScript off, header and crisis button included', async () => {
    const { page } = await session.openPage({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    await page.goto('/help');
    await expectHeading(page, 'Need help now?');
    await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).waitFor();
    await expect(page.locator('a[href="tel:988"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('a[href="tel:116123"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('a[href="tel:911"]').count()).resolves.toBe(1);
    // The international directories come first.
    await expect(page.getByRole('heading', { level: 3 }).first().textContent()).resolves.toBe(
      'Anywhere in the world',
    );

    // The home page's and the forum's HTML already show the header, the crisis button and their opening;
    // any other page the header.
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).waitFor();
    await expectHeading(page, 'A calm place to talk about ketamine treatment');
    await page.locator('p.lead', { hasText: 'peer-support community' }).waitFor();
    await page.goto('/forum');
    await expectHeading(page, 'Forum');
    await page.locator('p.lead', { hasText: 'at your own pace' }).waitFor();
    await page.goto('/testimonials');
    await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(0);

    // The static page as it is before any script runs (scripts blocked), checked with axe.
    const scriptless = await session.openPage({ viewport: { width: 360, height: 640 } });
    await scriptless.page.route('**/assets/*.js', (route) => route.abort());
    await scriptless.page.goto('/help');
    await expectHeading(scriptless.page, 'Need help now?');
    await expectAccessibleInBothSchemes(scriptless.page, 'the help page before its scripts');
  });

  it('sends a post’s page with its title as the heading, for posts anyone may read', async () => {
    const gql = new GraphqlClient(session.server.url);
    const author = await registerMember(gql);
    const { categories } = await gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const create = (title: string, body: string) =>
      author.gql.ok<{ createPost: { post: { id: string; status: string } } }>(
        `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`,
        { input: { categoryId: categories[0]?.id, title, body } },
      );
    const open = await create('Week 3 <b>& still</b> "steady"', 'Mornings are easier.');
    const held = await create('A list of clinics near me', 'https://example.org');
    expect(held.createPost.post.status).toBe('PENDING_REVIEW');

    const { page } = await session.openPage({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    await page.goto(`/forum/p/${open.createPost.post.id}`);
    // The title as text (escaped, never markup), in the heading and the tab's title.
    await expectHeading(page, 'Week 3 <b>& still</b> "steady"');
    await expect(page.title()).resolves.toBe('Week 3 <b>& still</b> "steady" · Haven');
    await expect(page.locator('main b').count()).resolves.toBe(0);
    await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).waitFor();

    // A post waiting for review (or one that does not exist) is sent as the plain shell: no heading.
    for (const id of [held.createPost.post.id, '00000000-0000-4000-8000-000000000000', 'not-a-post']) {
      await page.goto(`/forum/p/${id}`);
      await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).waitFor();
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(0);
      await expect(page.title()).resolves.toBe('Haven');
    }

    // With scripts, the app takes over the page: the same heading, then the post itself.
    // Its post and comments are asked for together, as soon as the app starts, and once each.
    const scripted = await session.openPage({ viewport: { width: 360, height: 640 } });
    const asked: string[] = [];
    scripted.page.on('request', (request) => {
      const body = request.url().endsWith('/graphql') ? request.postDataJSON() : null;
      if (body?.operationName) asked.push(body.operationName as string);
    });
    await scripted.page.goto(`/forum/p/${open.createPost.post.id}`);
    await scripted.page.getByText('Mornings are easier.').waitFor();
    await scripted.page.getByText('No comments yet', { exact: false }).waitFor();
    await expectHeading(scripted.page, 'Week 3 <b>& still</b> "steady"');
    expect(asked.filter((name) => name.startsWith('Forum'))).toEqual(['ForumPost', 'ForumComments']);
    expect(scripted.errors).toEqual([]);
  });

  it('sends compressed, long-cached assets and keeps the home page’s JavaScript within 150 KB', async () => {
    const { page } = await session.openPage();
    const scripts: { url: string; bytes: number; encoding?: string; cache?: string }[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      void (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const headers = (await response?.allHeaders()) ?? {};
        scripts.push({
          url: request.url(),
          bytes: sizes.responseBodySize,
          encoding: headers['content-encoding'],
          cache: headers['cache-control'],
        });
      })();
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await heading(page);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.encoding).toBe('br');
      expect(script.cache).toBe('public, max-age=31536000, immutable');
    }
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    // Moderation, testimonials and the outcome charts are not part of it.
    expect(scripts.some((s) => /moderation-|OutcomesPage|testimonials-|forum-/.test(s.url))).toBe(false);
  });

  it('installs: a manifest, and a service worker that opens /help offline', async () => {
    const { page } = await session.openPage();
    const manifest = (await (await fetch(`${session.server.url}/manifest.webmanifest`)).json()) as {
      name: string;
      start_url: string;
      icons: unknown[];
    };
    expect(manifest.start_url).toBe('/');
    expect(manifest.icons.length).toBeGreaterThan(0);
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]').count()).resolves.toBe(1);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto('/help');
    await heading(page);
    await page.context().setOffline(true);
    await page.goto('/help');
    await expectHeading(page, 'Need help now?');
    await expect(page.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
    await page.context().setOffline(false);
  });
});

describe.each(VIEWPORTS)('phone-first layout on a $name ($width×$height)', (viewport) => {
  const size = { width: viewport.width, height: viewport.height };

  it('gives unknown regions the international directory first, every number tap-to-call', async () => {
    const { page } = await session.openPage({ viewport: size, locale: 'de-DE' });
    await page.goto('/help');
    await expectHeading(page, 'Need help now?');
    await expect(page.getByLabel('Where are you?').inputValue()).resolves.toBe('INTL');
    const lines = page.getByRole('region', { name: 'Crisis lines' });
    await expect(lines.getByRole('heading', { level: 3 }).first().textContent()).resolves.toBe(
      'Find A Helpline',
    );
    for (const number of ['911', '999', '112', '000', '111'])
      await expect(page.locator(`a[href="tel:${number}"]`).count()).resolves.toBeGreaterThan(0);
    // The first thing to tap is above the fold.
    await expectInViewport(page, lines.locator('.crisis-action').first(), 'the first crisis line’s action');
    await expectAccessibleInBothSchemes(page, 'the help page for another country');
  });

  it('labels actions from the resource data, on one line, first call above the fold', async () => {
    const { page } = await session.openPage({ viewport: size, locale: 'en-US' });
    await page.goto('/help');
    await page.getByLabel('Where are you?').selectOption('US');
    const lines = page.getByRole('region', { name: 'Crisis lines' });
    const text = lines.getByRole('link', { name: 'Text HOME to 741741' });
    await text.waitFor();
    expect(await text.getAttribute('href')).toBe('sms:741741');
    await expect(page.getByText(/Text Text/).count()).resolves.toBe(0);
    const box = await text.boundingBox();
    expect(box?.height ?? 0).toBeLessThan(56);
    await expectInViewport(
      page,
      lines.locator('a[href^="tel:"]').first(),
      'the first crisis line’s call link',
    );
  });

  it('keeps a compact header with the crisis button in view after scrolling; menus stay on screen', async () => {
    const { page } = await session.openPage({ viewport: size });
    await signUpInBrowser(page, 'header');
    await page.goto('/help');
    await heading(page);
    const banner = page.getByRole('banner');
    // The app's own header (the page's HTML brings one without the account menu), before measuring.
    await banner
      .getByRole('button', { name: /Account menu/, includeHidden: true })
      .waitFor({ state: 'attached' });
    const bannerBox = await banner.boundingBox();
    expect(bannerBox?.height ?? 999).toBeLessThanOrEqual(72);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(100);
    await expectInViewport(page, banner.getByRole('link', { name: 'Need help now?' }), 'the crisis button');

    if (viewport.name === 'phone') {
      await expect(banner.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
      await banner.getByRole('button', { name: 'Menu' }).click();
    }
    const nav = banner.getByRole('navigation', { name: 'Main' });
    await expectInViewport(page, nav, 'the main navigation');
    await banner.getByRole('button', { name: /Account menu/ }).click();
    const accountMenu = banner.getByRole('link', { name: 'Your profile' }).locator('xpath=ancestor::ul[1]');
    await expectInViewport(page, accountMenu, 'the account menu');
    await expectAccessibleInBothSchemes(page, 'the open menus');
    await banner.getByRole('link', { name: 'Your profile' }).click();
    await page.waitForURL('**/profile');
    if (viewport.name === 'phone') await nav.waitFor({ state: 'hidden' });
  });
});

describe('room cards', () => {
  it('show no green “online” dot beside 0 members online', async () => {
    const { page } = await session.openPage({ viewport: { width: 360, height: 640 } });
    await page.goto('/rooms');
    const card = page.getByRole('listitem').filter({ hasText: '0 members online' }).first();
    await card.waitFor();
    await expect(card.locator('.chat-online__dot').count()).resolves.toBe(0);
  });
});

describe('a support room on a phone', () => {
  it('keeps the message box at the bottom while scrolling; the rules fold away after the first visit', async () => {
    const { page } = await session.openPage({ viewport: { width: 360, height: 640 } });
    await signUpInBrowser(page, 'roomy');
    await page.goto('/rooms');
    await page.getByRole('link', { name: 'Evening support' }).click();
    await expectHeading(page, 'Evening support');
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    const rule = page.getByText('Be kind. Everyone here is finding their way');
    await expect(rule.isVisible()).resolves.toBe(true);

    const composer = page.getByLabel('Your message');
    for (const y of [0, 10_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expectInViewport(page, composer, `the message box scrolled to ${y}`);
    }

    await page.reload();
    await expectHeading(page, 'Evening support');
    await expect(rule.isVisible()).resolves.toBe(false);
    await page.getByText('Room rules').click();
    await expect(rule.isVisible()).resolves.toBe(true);
    await expectAccessibleInBothSchemes(page, 'a support room on a phone');
  });
});
