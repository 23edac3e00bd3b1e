import type { Page } from 'playwright-core';
import { GraphqlClient, registerMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { expectHeading, useBrowserSession } from './support/browser-session';
import { signInOnTheWeb } from './support/members';

const session = useBrowserSession();
let gql: GraphqlClient;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});

/** Throws when the page is wider than its viewport (a layout that does not fit a phone). */
async function expectNoSideways(page: Page, label: string): Promise<void> {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
      .document.documentElement.scrollWidth,
    width: (globalThis as unknown as { innerWidth: number }).innerWidth,
  }));
  expect([label, scrollWidth <= width]).toEqual([label, true]);
}

/** Opens the account menu, through the site menu on a narrow screen. */
async function openAccountMenu(page: Page): Promise<void> {
  const siteMenu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await siteMenu.isVisible()) await siteMenu.click();
  await page.getByRole('button', { name: /Account menu/ }).click();
}

describe('the admin console', () => {
  it('an admin creates a category and a room on a phone; a member already on the forum and rooms pages sees them without a reload', async () => {
    const suffix = 'calm';
    const categoryName = `Evening reflections ${suffix}`;
    const roomName = `Late night room ${suffix}`;

    // A member, signed in, with the forum home and the rooms page open.
    const member = await registerMember(gql);
    const { page: forum, errors: memberErrors } = await session.openPage();
    await signInOnTheWeb(forum, member);
    await forum.goto('/forum');
    await expectHeading(forum, 'Forum');
    await forum.getByRole('heading', { level: 3 }).first().waitFor();
    const rooms = await forum.context().newPage();
    await rooms.goto('/rooms');
    await expectHeading(rooms, 'Support rooms');
    await rooms.getByRole('list', { name: 'Rooms' }).waitFor();

    // The administrator, on a 360 px wide screen, finds the console in the account menu.
    const { page: admin, errors: adminErrors } = await session.openPage({
      viewport: { width: 360, height: 640 },
    });
    await signInOnTheWeb(admin, session.server.admin);
    await openAccountMenu(admin);
    await admin.getByRole('link', { name: 'Admin console' }).click();
    await expectHeading(admin, 'Admin console');
    await admin.getByRole('link', { name: 'Saved replies' }).first().waitFor();
    await admin.getByRole('link', { name: 'Automatic rules' }).first().waitFor();
    await expectAccessible(admin, 'the admin console');
    await expectNoSideways(admin, 'the admin console');

    // Categories: a bad address is shown on its field, then the category is added.
    await admin
      .getByRole('navigation', { name: 'Admin console' })
      .getByRole('link', { name: 'Categories' })
      .click();
    await expectHeading(admin, 'Categories');
    const addCategory = admin.getByRole('region', { name: 'Add a category' });
    await addCategory.getByLabel('Name', { exact: true }).fill(categoryName);
    await addCategory.getByLabel(/^Address/).fill('Not An Address');
    await addCategory.getByRole('button', { name: 'Add category' }).click();
    await addCategory.getByText('Use lowercase letters, digits and single hyphens.').waitFor();
    expect(await addCategory.getByLabel(/^Address/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin, 'the category form with an error');
    await addCategory.getByLabel(/^Address/).fill(`evening-${suffix}`);
    await addCategory.getByLabel(/^Description/).fill('Quiet words at the end of the day.');
    await addCategory.getByRole('button', { name: 'Add category' }).click();
    await admin.getByText(`Category “${categoryName}” added. Members see it at once.`).waitFor();
    await admin.getByRole('heading', { level: 3, name: new RegExp(categoryName) }).waitFor();
    await expectAccessible(admin, 'the categories page');
    await expectNoSideways(admin, 'the categories page');

    // The member's forum home shows it, without a reload.
    await forum.getByRole('link', { name: categoryName }).waitFor({ timeout: 15_000 });

    // Chat rooms: the server's answer about a taken address lands on the address field.
    await admin
      .getByRole('navigation', { name: 'Admin console' })
      .getByRole('link', { name: 'Chat rooms' })
      .click();
    await expectHeading(admin, 'Chat rooms');
    const addRoom = admin.getByRole('region', { name: 'Open a room' });
    await addRoom.getByLabel('Name', { exact: true }).fill(roomName);
    await addRoom.getByLabel(/^Address/).fill('evening-support');
    await addRoom.getByRole('button', { name: 'Open room' }).click();
    await addRoom.getByText('A room with that address already exists.').waitFor();
    expect(await addRoom.getByLabel(/^Address/).getAttribute('aria-invalid')).toBe('true');
    await addRoom.getByLabel(/^Address/).fill(`late-night-${suffix}`);
    await addRoom.getByLabel(/^Description/).fill('For the small hours.');
    await addRoom.getByRole('button', { name: 'Open room' }).click();
    await admin.getByText(`Room “${roomName}” opened. Members see it at once.`).waitFor();

    // Its editor: a slow mode out of range is shown on its field; a good one is saved.
    const editRoom = admin.getByRole('form', { name: new RegExp(roomName) });
    await editRoom.getByLabel(/^Slow mode/).fill('99999');
    await editRoom.getByRole('button', { name: `Save ${roomName}` }).click();
    expect(await editRoom.getByLabel(/^Slow mode/).getAttribute('aria-invalid')).toBe('true');
    await editRoom.getByLabel(/^Slow mode/).fill('30');
    expect(await editRoom.getByLabel(/^Slow mode/).getAttribute('aria-invalid')).not.toBe('true');
    await editRoom.getByRole('button', { name: `Save ${roomName}` }).click();
    await admin.getByText(`Room “${roomName}” saved.`).waitFor();
    await expect(
      admin
        .getByRole('form', { name: new RegExp(roomName) })
        .getByLabel(/^Slow mode/)
        .inputValue(),
    ).resolves.toBe('30');
    await expectAccessible(admin, 'the rooms page');
    await expectNoSideways(admin, 'the rooms page');

    // The member's rooms page shows it, without a reload.
    await rooms.getByRole('link', { name: roomName }).waitFor({ timeout: 12_000 });

    // The console is not for members: no menu link, and the address tells them so.
    const memberTab = await forum.context().newPage();
    await memberTab.goto('/admin');
    await memberTab.getByText('Only administrators can open this page.').waitFor();
    await openAccountMenu(memberTab);
    await memberTab.getByRole('link', { name: 'Notices' }).waitFor();
    expect(await memberTab.getByRole('link', { name: 'Admin console' }).count()).toBe(0);

    // Members: search (here by e-mail), see status and history, suspend.
    await admin
      .getByRole('navigation', { name: 'Admin console' })
      .getByRole('link', { name: 'Members' })
      .click();
    await expectHeading(admin, 'Members');
    await admin.getByLabel('Handle or e-mail address').fill(member.email);
    await admin.getByRole('button', { name: 'Search' }).click();
    await admin.getByRole('button', { name: `Manage ${member.handle}` }).click();
    const panel = admin.getByRole('region', { name: member.handle, exact: true });
    await panel.getByText('Active').first().waitFor();
    await panel.getByText(`No other cases about ${member.handle}.`).waitFor();
    await expectAccessible(admin, 'a member in the console');
    await panel.getByLabel('Status', { exact: true }).selectOption('SUSPENDED');
    await panel.getByLabel('Suspended for how many days').fill('400');
    await panel.getByRole('button', { name: 'Change status' }).click();
    await panel.getByText('Enter a whole number from 1 to 365.').waitFor();
    await panel.getByLabel('Suspended for how many days').fill('3');
    await panel.getByLabel(/^Note for the moderation log/).fill('A pause after the argument in chat.');
    await panel.getByRole('button', { name: 'Change status' }).click();
    await panel.getByText(`${member.handle}’s account is now: suspended.`).waitFor();
    await expectNoSideways(admin, 'the members page');

    // The outbox shows subjects and masked addresses only.
    await admin
      .getByRole('navigation', { name: 'Admin console' })
      .getByRole('link', { name: 'E-mail outbox' })
      .click();
    await expectHeading(admin, 'E-mail outbox');
    await admin.getByRole('table').waitFor();
    expect(await admin.getByRole('table').textContent()).not.toContain(member.email);
    await expectAccessible(admin, 'the outbox');

    expect([...memberErrors, ...adminErrors]).toEqual([]);
  }, 180_000);
});
