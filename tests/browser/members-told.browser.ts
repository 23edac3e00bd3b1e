import { GraphqlClient, registerMember, type TestMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { expectHeading, useBrowserSession } from './support/browser-session';
import { newModerator, signInOnTheWeb } from './support/members';
import { VIEWPORTS } from './support/viewports';

// Members are told: a mute arrives live in the room with its end in the member's own time zone, and
// sending says why instead of offering a "Try again" that cannot work; a held post says it waits for
// review, and why, instead of "closed for comments".

// Several members sign up and in from the same address within the hour.
const session = useBrowserSession({
  env: () => ({ RATE_LIMIT_REGISTER: '50/3600', RATE_LIMIT_LOGIN: '50/300' }),
});
let gql: GraphqlClient;
let moderator: TestMember;
let roomId: string;
let categoryId: string;

const TIME_ZONE = 'Asia/Kolkata';
const MUTE = `mutation($roomId: ID!, $userId: ID!, $minutes: Int!) { muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes) }`;
const NOTICES = `{ myNotices(first: 10) { nodes { action endsAt } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
const RAW_UTC = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|UTC|Z\b/;

beforeAll(async () => {
  gql = new GraphqlClient(session.server.url);
  moderator = await newModerator(session.server, gql);
  const room = await gql.ok<{ chatRoom: { id: string } }>(`{ chatRoom(slug: "evening-support") { id } }`);
  roomId = room.chatRoom.id;
  const { categories } = await gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
  categoryId = categories[0].id;
});

/** The hour and minute of a moment on a clock in TIME_ZONE (24-hour, as en-GB reads it), e.g. /\b0?8:35\b/. */
function localClock(iso: string): RegExp {
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).formatToParts(new Date(iso));
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return new RegExp(`\\b0?${hour}:${minute}\\b`);
}

describe.each(VIEWPORTS)('members are told, on a $name ($width×$height)', (viewport) => {
  const size = { width: viewport.width, height: viewport.height };

  it('tells a muted member live, in their own time zone, and stops sending with the reason', async () => {
    const member = await registerMember(gql);
    const { page, errors } = await session.openPage({
      viewport: size,
      timezoneId: TIME_ZONE,
      locale: 'en-GB',
    });
    await signInOnTheWeb(page, member);
    await page.goto('/rooms/evening-support');
    await expectHeading(page, 'Evening support');
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();

    await moderator.gql.ok(MUTE, { roomId, userId: member.id, minutes: 45 });
    const notices = await member.gql.ok<{
      myNotices: { nodes: { action: string; endsAt: string | null }[] };
    }>(NOTICES);
    const until = notices.myNotices.nodes.find((n) => n.action === 'MEMBER_MUTED')?.endsAt ?? '';
    expect(until).not.toBe('');
    const clock = localClock(until);

    // Live, without reloading: the notice in the room names the end in the member's own time zone.
    const notice = page.getByRole('status').filter({ hasText: 'A moderator has muted you in this room' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(clock);
    await expect(notice.textContent()).resolves.toMatch(/GMT\+5:30|IST/);
    await expect(notice.textContent()).resolves.not.toMatch(RAW_UTC);

    // Sending is off, and the message box says why; there is nothing to try again.
    const box = page.getByLabel('Your message');
    await expect(box.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Send', exact: true }).isDisabled()).resolves.toBe(true);
    const hint = page.getByText('You are muted in this room until', { exact: false }).first();
    await hint.waitFor();
    await expect(hint.textContent()).resolves.toMatch(clock);
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'a room where the member is muted');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'a room where the member is muted, dark');

    // Coming back to the room says so at once, and the notice is in the member's notices too.
    await page.reload();
    await notice.waitFor();
    await expect(box.isDisabled()).resolves.toBe(true);
    await page.goto('/notices');
    await expectHeading(page, 'Notices');
    const item = page.getByRole('listitem').filter({ hasText: 'muted you in Evening support' });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('Until');
    await expect(item.locator('time').last().textContent()).resolves.toMatch(clock);
    await expect(item.textContent()).resolves.not.toMatch(RAW_UTC);
    await expectAccessible(page, 'notices with a mute');
    expect(errors).toEqual([]);
  });

  it('shows the author of a held post that it waits for review, and why, not "closed for comments"', async () => {
    const member = await registerMember(gql);
    const created = await member.gql.ok<{ createPost: { post: { id: string; status: string } } }>(
      CREATE_POST,
      {
        input: {
          categoryId,
          title: `Spare supply ${viewport.name}`,
          body: 'DM me for ketamine, cheap and fast.',
        },
      },
    );
    expect(created.createPost.post.status).toBe('PENDING_REVIEW');
    const { page, errors } = await session.openPage({ viewport: size });
    await signInOnTheWeb(page, member);
    await page.goto(`/forum/p/${created.createPost.post.id}`);
    await expectHeading(page, `Spare supply ${viewport.name}`);

    const held = page.getByRole('status').filter({ hasText: 'Waiting for review' });
    await held.waitFor();
    await held.getByText('this looked like selling or buying medicine', { exact: false }).waitFor();
    await page.getByText('Comments open once a moderator has reviewed this post.').waitFor();
    await expect(page.getByText('closed for comments', { exact: false }).count()).resolves.toBe(0);
    await expectAccessible(page, 'a held post, to its author');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'a held post, to its author, dark');
    expect(errors).toEqual([]);
  });
});
