import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { expectHeading, heading, useBrowserSession } from './support/browser-session';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const document: { activeElement: unknown; documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number };
declare const localStorage: {
  length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
};

const session = useBrowserSession();
const openPage = session.openPage;

function newMember() {
  const id = randomBytes(4).toString('hex');
  return { email: `member-${id}@haven.test`, handle: `calm_${id}`, password: `lantern-harbour-${id}` };
}

async function signUp(page: Page, member: ReturnType<typeof newMember>) {
  await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).click();
  await expectHeading(page, 'Create an account');
  await page.getByLabel('E-mail address').fill(member.email);
  await page.getByLabel('Handle').fill(member.handle);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/profile');
  await page.getByText(`Welcome to Haven, ${member.handle}`).waitFor();
}

async function openMemberMenu(page: Page, handle: string) {
  await page.getByRole('button', { name: `Account menu for ${handle}` }).click();
}

describe('identity in the browser', () => {
  it('signs up, signs out, signs in, keeps the profile across a reload and finds crisis lines', async () => {
    const { page, errors } = await openPage();
    const member = newMember();

    await page.goto('/');
    await expectHeading(page, 'A calm place to talk about ketamine treatment');
    await expect(page.getByRole('contentinfo').textContent()).resolves.toContain(
      'Haven is peer support, not medical advice.',
    );
    await expectAccessible(page, 'the home page');

    // Client-side validation mirrors the server's limits.
    await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).click();
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Handle').fill('x!');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Choose a handle of 3 to 24 characters.').waitFor();
    await page.getByText('Use at least 10 characters for your password.').waitFor();
    expect(await page.getByLabel('Handle').evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'the sign-up page with errors');
    await page.goto('/');

    await signUp(page, member);
    await expectAccessible(page, 'the profile page');

    await openMemberMenu(page, member.handle);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await expectHeading(page, 'Sign in');
    await expectAccessible(page, 'the sign-in page');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill('not-the-password-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'We could not sign you in' }).waitFor();
    await page.getByLabel('Password').fill(member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Welcome back, ${member.handle}.`).waitFor();

    await openMemberMenu(page, member.handle);
    await page.getByRole('link', { name: 'Your profile' }).click();
    const bio = 'Three infusions in. Some quieter mornings lately.';
    await page.getByLabel('About you').fill(bio);
    await page.getByLabel('Where are you on your journey?').selectOption('IN_TREATMENT');
    await page.getByLabel('Always show content behind content warnings').check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();

    // The access token lives in memory only: the reload restores the session from the refresh token.
    await page.reload();
    await page.getByLabel('About you').waitFor();
    expect(await page.getByLabel('About you').inputValue()).toBe(bio);
    expect(await page.getByLabel('Where are you on your journey?').inputValue()).toBe('IN_TREATMENT');
    expect(await page.getByLabel('Always show content behind content warnings').isChecked()).toBe(true);
    await page.getByRole('button', { name: `Account menu for ${member.handle}` }).waitFor();
    const stored = await page.evaluate(() =>
      Array.from({ length: localStorage.length }, (_, i) => localStorage.getItem(localStorage.key(i) ?? '')),
    );
    expect(stored.join(' ')).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./); // no access token (JWT) at rest

    await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).click();
    await expectHeading(page, 'Need help now?');
    await page
      .getByText('If you are in immediate danger, call your local emergency number.')
      .first()
      .waitFor();
    await page.getByLabel('Where are you?').selectOption('US');
    await page.getByRole('main').getByText(/988/).first().waitFor();
    await expectAccessible(page, 'the crisis page');
    const served = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('"region":"GB"'),
    );
    await page.getByLabel('Where are you?').selectOption('GB');
    const answer = (await (await served).json()) as { data?: { crisisResources?: { name: string }[] } };
    expect(answer.data?.crisisResources?.map((r) => r.name).join(', ')).toMatch(/Samaritans/);
    await page
      .getByRole('main')
      .getByText(/Samaritans/)
      .first()
      .waitFor();
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);

    await page.goto('/no-such-page');
    await expectHeading(page, 'We could not find that page');
    await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).waitFor();

    expect(errors).toEqual([]);
  });

  it('exports the data as haven-export.json and deletes the account', async () => {
    const { page, errors } = await openPage();
    const member = newMember();
    await page.goto('/');
    await signUp(page, member);

    await page.getByRole('link', { name: 'Export my data' }).first().click();
    await expectHeading(page, 'Export my data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('haven-export.json');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path, 'utf8')).toContain(member.handle);
    await expectAccessible(page, 'the export page');

    await page.goto('/profile/delete');
    await expectHeading(page, 'Delete my account');
    await page.getByRole('radio', { name: 'Keep my posts, unlinked' }).waitFor();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Enter your password to confirm.').waitFor();
    await page.getByLabel('Your password').fill(member.password);
    await page.getByLabel('I understand').check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Your account has been deleted.').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'We could not sign you in' }).waitFor();

    expect(errors).toEqual([]);
  });

  it('fits a 360 px wide screen, in light and dark colour schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage({ viewport: { width: 360, height: 780 }, colorScheme });
      for (const path of ['/', '/help', '/sign-up']) {
        await page.goto(path);
        await heading(page);
        await page.getByRole('banner').getByRole('link', { name: 'Need help now?' }).waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ path, colorScheme, overflow }).toEqual({ path, colorScheme, overflow: 0 });
        await expectAccessible(page, `${path} at 360 px (${colorScheme})`);
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
    await page.goto('/help');
    await expectHeading(page, 'Need help now?');
    await page.getByRole('main').getByRole('listitem').first().waitFor();
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});
