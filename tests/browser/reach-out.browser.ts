import type { Page } from 'playwright-core';
import { GraphqlClient, registerMember, type TestMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { expectHeading, useBrowserSession } from './support/browser-session';
import { newModerator, signInOnTheWeb } from './support/members';
import { VIEWPORTS } from './support/viewports';

// Moderators can reach out: a crisis message is marked in the room for moderators only; its case shows
// the conversation around it, rendered; "Reach out" opens a private support room, and the member, told
// of it, finds the crisis lines pinned there.

// Several members sign up and in from the same address within the hour.
const session = useBrowserSession({
  env: () => ({ RATE_LIMIT_REGISTER: '50/3600', RATE_LIMIT_LOGIN: '50/300' }),
});
let gql: GraphqlClient;

const CRISIS = 'I don’t want to be alive anymore';
const QUEUE = `{ moderationQueue(first: 100) { nodes { id contentId } } }`;
const HISTORY = `query($roomId: ID!) { chatMessages(roomId: $roomId, last: 50) { nodes { id body } } }`;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});

async function enterRoom(page: Page): Promise<void> {
  await page.goto('/rooms/evening-support');
  await expectHeading(page, 'Evening support');
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

async function say(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Your message');
  await box.fill(text);
  await box.press('Enter');
  await page.getByRole('log').getByText(text).first().waitFor();
}

describe.each(VIEWPORTS)('reaching out on a $name ($width×$height)', (viewport) => {
  const size = { width: viewport.width, height: viewport.height };

  it('marks the crisis message for the moderator, shows the conversation, and opens a private room', async () => {
    const member: TestMember = await registerMember(gql);
    const moderator = await newModerator(session.server, gql);
    const memberTab = await session.openPage({ viewport: size });
    const modTab = await session.openPage({ viewport: size });
    await signInOnTheWeb(memberTab.page, member);
    await signInOnTheWeb(modTab.page, moderator);
    await enterRoom(memberTab.page);
    await enterRoom(modTab.page);

    const earlier = `Hello from **${viewport.name}**`;
    await say(memberTab.page, earlier);
    await say(memberTab.page, CRISIS);

    // The moderator sees the mark, live; the member (and every other member) does not.
    const mark = `Crisis language: check in with ${member.handle}`;
    const marked = modTab.page.getByRole('log').getByRole('listitem').filter({ hasText: CRISIS });
    await marked.getByText(mark).waitFor();
    await expect(memberTab.page.getByText(mark).count()).resolves.toBe(0);
    await expectAccessible(modTab.page, 'a room with a crisis mark');

    // The case shows the conversation around the message, Markdown rendered (no raw asterisks).
    const { chatRoom } = await gql.ok<{ chatRoom: { id: string } }>(
      `{ chatRoom(slug: "evening-support") { id } }`,
    );
    const history = await moderator.gql.ok<{ chatMessages: { nodes: { id: string; body: string }[] } }>(
      HISTORY,
      {
        roomId: chatRoom.id,
      },
    );
    const messageId = history.chatMessages.nodes.filter((m) => m.body === CRISIS).pop()?.id;
    const queue = await moderator.gql.ok<{ moderationQueue: { nodes: { id: string; contentId: string }[] } }>(
      QUEUE,
    );
    const caseId = queue.moderationQueue.nodes.find((c) => c.contentId === messageId)?.id;
    expect(caseId).toBeDefined();
    await modTab.page.goto(`/moderation/cases/${caseId}`);
    const conversation = modTab.page.getByRole('list', { name: 'The conversation around the message' });
    await conversation.waitFor();
    await conversation.locator('[aria-current="true"]').getByText(CRISIS).waitFor();
    await expect(conversation.locator('strong', { hasText: viewport.name }).count()).resolves.toBe(1);
    await expect(conversation.getByText(`**${viewport.name}**`).count()).resolves.toBe(0);
    await expect(conversation.locator('[aria-current="true"]').textContent()).resolves.toContain(CRISIS);
    await expectAccessible(modTab.page, 'a chat case with its conversation');

    // Reach out: the moderator lands in the private room, the crisis lines pinned.
    await modTab.page.getByRole('button', { name: 'Reach out' }).click();
    await expectHeading(modTab.page, `Support for ${member.handle}`);
    const pinned = modTab.page.getByRole('region', { name: 'Pinned: help you can reach right now' });
    await pinned.waitFor();
    await modTab.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await say(modTab.page, 'Hi, I saw your message. I am here if you want to talk.');
    await expectAccessible(modTab.page, 'a private support room');

    // The member is told, and finds the room with the lines and the moderator's message.
    await memberTab.page.goto('/notifications');
    await expectHeading(memberTab.page, 'Notifications');
    await memberTab.page.getByRole('link', { name: /opened a private support room/ }).click();
    await expectHeading(memberTab.page, `Support for ${member.handle}`);
    const theirs = memberTab.page.getByRole('region', { name: 'Pinned: help you can reach right now' });
    await theirs.waitFor();
    await expect(theirs.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
    await memberTab.page
      .getByRole('log')
      .getByText('Hi, I saw your message. I am here if you want to talk.')
      .waitFor();
    await expectAccessible(memberTab.page, 'the private support room, for the member');
    await memberTab.page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(memberTab.page, 'the private support room, for the member, dark');

    // Nobody else can open it.
    const stranger = await registerMember(gql);
    const strangerTab = await session.openPage({ viewport: size });
    await signInOnTheWeb(strangerTab.page, stranger);
    await strangerTab.page.goto(new URL(memberTab.page.url()).pathname);
    await expectHeading(strangerTab.page, 'Room not found');
    expect([...memberTab.errors, ...modTab.errors, ...strangerTab.errors]).toEqual([]);
  });

  it('shows readers of a post whose author was shown crisis lines how to respond safely, with the lines', async () => {
    const author = await registerMember(gql);
    const reader = await registerMember(gql);
    const { categories } = await gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const title = `Tonight ${viewport.name}`;
    const { createPost } = await author.gql.ok<{
      createPost: { post: { id: string; status: string }; safety: { crisisDetected: boolean } };
    }>(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } safety { crisisDetected } } }`,
      { input: { categoryId: categories[0].id, title, body: CRISIS } },
    );
    expect(createPost.safety.crisisDetected).toBe(true);
    expect(createPost.post.status).toBe('PUBLISHED');

    const { page, errors } = await session.openPage({ viewport: size });
    await signInOnTheWeb(page, reader);
    await page.goto(`/forum/p/${createPost.post.id}`);
    await expectHeading(page, title);
    const note = page.getByRole('region', { name: 'If you reply: responding safely' });
    await note.waitFor();
    await note.getByText('#chatsafe').waitFor();
    await expect(note.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'a post with the safe-response note');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'a post with the safe-response note, dark');

    // The author is not lectured on their own post.
    const own = await session.openPage({ viewport: size });
    await signInOnTheWeb(own.page, author);
    await own.page.goto(`/forum/p/${createPost.post.id}`);
    await expectHeading(own.page, title);
    await expect(
      own.page.getByRole('region', { name: 'If you reply: responding safely' }).count(),
    ).resolves.toBe(0);
    expect([...errors, ...own.errors]).toEqual([]);
  });
});
