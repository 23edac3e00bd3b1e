import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { useBrowserSession } from './support/browser-session';
import { signUpInBrowser } from './support/viewports';

const session = useBrowserSession();
const openPage = () => session.openPage();
const signUp = (page: Page) => signUpInBrowser(page, 'safe');

async function enterRoom(page: Page, name: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Support rooms' }).click();
  await page.getByRole('heading', { level: 1, name: 'Support rooms' }).waitFor();
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

async function say(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your message').fill(text);
  await page.getByLabel('Your message').press('Enter');
}

const HIDDEN = 'Hidden: you blocked this member';

describe('blocking a member in the browser', () => {
  it('collapses a blocked member’s chat messages for the blocker only, with a one-time reveal', async () => {
    const alice = await openPage();
    const bob = await openPage();
    const aliceHandle = await signUp(alice.page);
    const bobHandle = await signUp(bob.page);
    await enterRoom(alice.page, 'Evening support');
    await enterRoom(bob.page, 'Evening support');
    const aliceLog = alice.page.getByRole('log');
    const bobLog = bob.page.getByRole('log');

    await say(bob.page, 'First message from the other member.');
    await say(alice.page, 'Hello, I am here too.');
    await aliceLog.getByText('First message from the other member.').waitFor();
    await bobLog.getByText('Hello, I am here too.').waitFor();

    // Alice blocks Bob from one of his messages: everything he wrote folds at once.
    await aliceLog
      .getByRole('button', { name: `Block ${bobHandle}` })
      .first()
      .click();
    await aliceLog.getByText(HIDDEN).waitFor();
    await expect(aliceLog.getByText('First message from the other member.').count()).resolves.toBe(0);
    await expect(aliceLog.getByText('Hello, I am here too.').count()).resolves.toBe(1);

    // A new live message from him arrives folded too.
    await say(bob.page, 'Second message, sent after the block.');
    await bobLog.getByText('Second message, sent after the block.').waitFor();
    await aliceLog.getByText(HIDDEN).nth(1).waitFor();
    await expect(aliceLog.getByText('Second message, sent after the block.').count()).resolves.toBe(0);
    await expectAccessible(alice.page, 'a room with collapsed messages');

    // Showing one opens that one only, this once.
    await aliceLog.getByRole('button', { name: 'Show this once' }).first().click();
    await aliceLog.getByText('First message from the other member.').waitFor();
    await expect(aliceLog.getByText(HIDDEN).count()).resolves.toBe(1);
    await alice.page.reload();
    await alice.page.getByRole('heading', { level: 1, name: 'Evening support' }).waitFor();
    await aliceLog.getByText(HIDDEN).nth(1).waitFor();
    await expect(aliceLog.getByText('First message from the other member.').count()).resolves.toBe(0);

    // Bob sees nothing different: his own messages, Alice's, and no sign of the block.
    await expect(bobLog.getByText(HIDDEN).count()).resolves.toBe(0);
    await expect(bobLog.getByText('First message from the other member.').count()).resolves.toBe(1);
    await say(alice.page, 'Still talking to the room.');
    await bobLog.getByText('Still talking to the room.').waitFor();
    await bob.page.goto(`/u/${aliceHandle}`);
    await bob.page.getByRole('heading', { level: 1, name: `@${aliceHandle}` }).waitFor();
    await bob.page.getByRole('button', { name: `Block @${aliceHandle}` }).waitFor();

    // Alice's profile lists Bob; unblocking there brings his messages back.
    await alice.page.goto('/profile');
    const blocked = alice.page.getByRole('region', { name: 'Blocked members' });
    await blocked.getByRole('link', { name: `@${bobHandle}` }).waitFor();
    await blocked.getByRole('button', { name: `Unblock @${bobHandle}` }).click();
    await blocked.getByText('You have not blocked anyone.').waitFor();
    await enterRoom(alice.page, 'Evening support');
    await aliceLog.getByText('Second message, sent after the block.').waitFor();
    await expect(aliceLog.getByText(HIDDEN).count()).resolves.toBe(0);

    expect(alice.errors).toEqual([]);
    expect(bob.errors).toEqual([]);
  });

  it('blocks and unblocks from a member’s profile page', async () => {
    const alice = await openPage();
    const bob = await openPage();
    await signUp(alice.page);
    const bobHandle = await signUp(bob.page);
    await alice.page.goto(`/u/${bobHandle}`);
    await alice.page.getByRole('heading', { level: 1, name: `@${bobHandle}` }).waitFor();
    await alice.page.getByRole('button', { name: `Block @${bobHandle}` }).click();
    await alice.page.getByRole('button', { name: `Unblock @${bobHandle}` }).waitFor();
    await alice.page.reload();
    await alice.page.getByRole('button', { name: `Unblock @${bobHandle}` }).click();
    await alice.page.getByRole('button', { name: `Block @${bobHandle}` }).waitFor();
    expect(alice.errors).toEqual([]);
  });
});
