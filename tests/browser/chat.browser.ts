import { randomBytes, randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { expectAccessible } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHavenServer, type HavenServer } from './support/haven-server';

// Used inside addInitScript, in the browser; the test code itself is type-checked without the DOM library.
declare const localStorage: { setItem(key: string, value: string): void };

let server: HavenServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startHavenServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await browser?.close();
  await server?.stop();
});

/** A page in a browser context of its own (its own storage: another member). */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: server.url, bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function signUp(page: Page): Promise<string> {
  const id = randomBytes(4).toString('hex');
  const handle = `room_${id}`;
  await page.goto('/sign-up');
  await page.getByLabel('E-mail address').fill(`chat-${id}@haven.test`);
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Password').fill(`quiet-lantern-${id}`);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/profile');
  return handle;
}

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

function messageLog(page: Page) {
  return page.getByRole('log');
}

/** Registers a member through GraphQL (not the browser); returns their tokens. */
async function registerThroughApi(): Promise<{ accessToken: string; refreshToken: string }> {
  const id = randomBytes(4).toString('hex');
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: RegisterInput!) { register(input: $i) { accessToken refreshToken } }',
      variables: {
        i: { email: `api-${id}@haven.test`, handle: `api_${id}`, password: `steady-harbour-${id}` },
      },
    }),
  });
  const body = (await response.json()) as {
    data: { register: { accessToken: string; refreshToken: string } };
  };
  return body.data.register;
}

/** Sends `count` messages to a room over Socket.IO, under the chat rate limit (20 per 10 s). */
async function sendMessages(token: string, roomId: string, count: number, label: string): Promise<void> {
  const socket = io(`${server.url}/chat`, { auth: { token }, transports: ['websocket'] });
  try {
    await socket.timeout(10_000).emitWithAck('room:join', { roomId });
    for (let i = 1; i <= count; i++) {
      if (i % 19 === 0) await new Promise((done) => setTimeout(done, 10_500));
      const ack = (await socket
        .timeout(10_000)
        .emitWithAck('message:send', { roomId, clientMessageId: randomUUID(), body: `${label} ${i}` })) as {
        ok: boolean;
      };
      if (!ack.ok) throw new Error(`message ${i} was refused: ${JSON.stringify(ack)}`);
    }
  } finally {
    socket.disconnect();
  }
}

describe('live support rooms in the browser', () => {
  it('lets two members chat in a room; after a reload the history is there', async () => {
    const alice = await openPage();
    const bob = await openPage();
    const aliceHandle = await signUp(alice.page);
    const bobHandle = await signUp(bob.page);

    await enterRoom(alice.page, 'Evening support');
    await enterRoom(bob.page, 'Evening support');
    await alice.page.getByText('2 members here now').waitFor();
    await expectAccessible(alice.page, 'a support room');

    await say(alice.page, 'Hello from the first evening after my infusion.');
    await messageLog(bob.page).getByText('Hello from the first evening after my infusion.').waitFor();
    await messageLog(bob.page).getByText(aliceHandle).waitFor();

    // Typing shows to the others.
    await bob.page.getByLabel('Your message').pressSequentially('Welc');
    await alice.page.getByText(`${bobHandle} is typing…`).waitFor();
    await bob.page.getByLabel('Your message').fill('Welcome! How are you feeling?');
    await bob.page.getByLabel('Your message').press('Enter');
    await messageLog(alice.page).getByText('Welcome! How are you feeling?').waitFor();
    // Alice's own message was acknowledged (no longer "Sending…").
    await expect(messageLog(alice.page).getByText('Sending…').count()).resolves.toBe(0);

    await alice.page.reload();
    await alice.page.getByRole('heading', { level: 1, name: 'Evening support' }).waitFor();
    await messageLog(alice.page).getByText('Hello from the first evening after my infusion.').waitFor();
    await messageLog(alice.page).getByText('Welcome! How are you feeling?').waitFor();
    await expect(alice.page.getByRole('heading', { name: 'Room rules' }).count()).resolves.toBe(1);

    // Bob still hears from Alice after her reload.
    await say(alice.page, 'Back after a reload.');
    await messageLog(bob.page).getByText('Back after a reload.').waitFor();

    expect(alice.errors).toEqual([]);
    expect(bob.errors).toEqual([]);
  });

  it('shows crisis resources to the author when the safety check asks for them', async () => {
    const { page, errors } = await openPage();
    await signUp(page);
    await enterRoom(page, 'First timers');
    await say(page, 'I want to kill myself tonight');
    await page.getByText('You don’t have to carry this alone').waitFor();
    await expect(page.getByRole('link', { name: /Call/ }).count()).resolves.toBeGreaterThan(0);
    await messageLog(page).getByText('I want to kill myself tonight').waitFor();
    expect(errors).toEqual([]);
  });

  it('loads older messages when the reader scrolls up', async () => {
    const writer = await registerThroughApi();
    const reader = await registerThroughApi();
    const rooms = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ chatRooms { id slug } }' }),
    });
    const { data } = (await rooms.json()) as { data: { chatRooms: { id: string; slug: string }[] } };
    const roomId = data.chatRooms.find((r) => r.slug === 'caregivers-corner')?.id ?? '';
    await sendMessages(writer.accessToken, roomId, 56, 'Earlier note');

    // The reader's browser keeps the session like a signed-in tab does (the refresh token in storage).
    const context = await browser.newContext({ baseURL: server.url, bypassCSP: true });
    contexts.push(context);
    await context.addInitScript((token: string) => {
      localStorage.setItem('haven.refreshToken', token);
    }, reader.refreshToken);
    const page = await context.newPage();
    await page.goto('/rooms/caregivers-corner');
    await page.getByRole('heading', { level: 1, name: 'Caregivers’ corner' }).waitFor();
    const log = messageLog(page);
    await log.getByText('Earlier note 56', { exact: true }).waitFor();
    // The newest 50 arrive on joining; the first six are older.
    expect(await log.getByText('Earlier note 6', { exact: true }).count()).toBe(0);
    await log.evaluate((element: { scrollTop: number }) => {
      element.scrollTop = 0;
    });
    await log.getByText('Earlier note 1', { exact: true }).waitFor();
    await log.getByText('This is the start of the conversation.').waitFor();
    expect(await log.getByRole('listitem').count()).toBe(56);
  });
});
