import { expectAccessible } from './support/axe';
import { useBrowserSession } from './support/browser-session';
import { VIEWPORTS, expectInViewport, signUpInBrowser } from './support/viewports';

// Used inside page.evaluate, in the browser; the test code itself is type-checked without the DOM library.
declare const document: { activeElement: { id: string } | null };

const session = useBrowserSession();

describe.each(VIEWPORTS)('crisis help in view on a $name ($width×$height)', (viewport) => {
  const size = { width: viewport.width, height: viewport.height };

  it('shows the chat crisis panel at the sender’s message, in view, keeping focus in the message box', async () => {
    const { page, errors } = await session.openPage({ viewport: size });
    await signUpInBrowser(page, 'crisis');
    await page.goto('/rooms/first-timers');
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    const box = page.getByLabel('Your message');
    await box.fill('I don’t want to be alive anymore');
    await box.press('Enter');

    const message = page
      .getByRole('log')
      .getByRole('listitem')
      .filter({ hasText: 'I don’t want to be alive anymore' });
    const panel = message.getByRole('region', { name: 'You don’t have to carry this alone' });
    await panel.waitFor();
    await expect(panel.getByRole('link', { name: /^Call / }).count()).resolves.toBeGreaterThan(0);
    await expectInViewport(page, panel, 'the crisis panel');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('chat-message');
    await page.getByText('Support lines you can call or text now are shown under your message.').waitFor();
    await expectAccessible(page, 'a room with the crisis panel');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'a room with the crisis panel, dark');

    // It stays until dismissed (a line sent right after is read with the one before, so the lines may
    // follow the newest message), and comes back from the message.
    await box.fill(`Thank you, ${viewport.name}`);
    await box.press('Enter');
    await page.getByRole('log').getByText(`Thank you, ${viewport.name}`).waitFor();
    const shown = page.getByRole('log').getByRole('region', { name: 'You don’t have to carry this alone' });
    await shown.waitFor();
    await expect(shown.count()).resolves.toBe(1);
    await shown.getByRole('button', { name: 'Dismiss' }).click();
    await expect(shown.count()).resolves.toBe(0);
    await message.getByRole('button', { name: 'Show support lines' }).click();
    await panel.waitFor();
    expect(errors).toEqual([]);
  });
});
