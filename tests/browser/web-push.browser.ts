import webPush from 'web-push';
import type { Page, Request } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { signUpInBrowser } from './support/viewports';
import { expectHeading, useBrowserSession } from './support/browser-session';

// Choosing push for a kind of notification, in the browser. Headless Chromium reaches no push service
// here, so the page's PushManager hands out a subscription of the shape a push service returns; the rest
// (the permission prompt, the service worker, the server registering the device and saving the choice)
// is the real thing.

declare const window: {
  PushManager: { prototype: Record<string, unknown> };
  Notification: { requestPermission: () => Promise<string> };
};

const vapid = webPush.generateVAPIDKeys();
const session = useBrowserSession({
  env: () => ({
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: 'mailto:safety@haven.test',
  }),
});

const ENDPOINT = 'https://push.haven.test/device/browser-test';

/** A PushManager whose subscribe() answers as a push service would, remembering the key it was given. */
async function standInPushService(page: Page): Promise<void> {
  await page.addInitScript((endpoint: string) => {
    let subscription: unknown = null;
    const make = (key: unknown) => ({
      endpoint,
      options: { applicationServerKey: key },
      toJSON: () => ({
        endpoint,
        keys: {
          p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
          auth: 'tBHItJI5svbpez7KI4CCXg',
        },
      }),
      unsubscribe: async () => {
        subscription = null;
        return true;
      },
    });
    window.PushManager.prototype.subscribe = async (options: { applicationServerKey: unknown }) => {
      subscription = make(options.applicationServerKey);
      return subscription;
    };
    window.PushManager.prototype.getSubscription = async () => subscription;
  }, ENDPOINT);
}

/** The name of a GraphQL operation a request carries, if it is one. */
function operationOf(request: Request): string | null {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return null;
  const body = request.postDataJSON() as { operationName?: string } | null;
  return body?.operationName ?? null;
}

/** The GraphQL operations the page sends, by name, with their variables. */
function operations(page: Page): { name: string; variables: Record<string, unknown> }[] {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  page.on('request', (request) => {
    const name = operationOf(request);
    if (!name) return;
    const body = request.postDataJSON() as { variables?: Record<string, unknown> };
    sent.push({ name, variables: body.variables ?? {} });
  });
  return sent;
}

describe('web push as a delivery choice', () => {
  it('asks for permission, registers this device with the server and keeps the choice', async () => {
    const { page, errors } = await session.openPage();
    const context = page.context();
    await context.grantPermissions(['notifications'], { origin: session.server.url });
    await standInPushService(page);
    const sent = operations(page);
    await signUpInBrowser(page, 'pusher');
    await page.goto('/notifications');
    await expectHeading(page, 'Notifications');
    const replies = page.getByLabel('Replies to my posts and threads I follow');
    await replies.selectOption({ label: 'In the app and as a push notification' });
    await page.waitForResponse((r) => operationOf(r.request()) === 'SetNotificationPreference');
    const registered = sent.find((s) => s.name === 'RegisterPushSubscription');
    expect(registered?.variables).toEqual({
      input: expect.objectContaining({ endpoint: ENDPOINT }) as unknown,
    });

    // Saved on the server: still the choice after a reload.
    await page.reload();
    await expectHeading(page, 'Notifications');
    await expect(replies.inputValue()).resolves.toBe('PUSH');
    await expectAccessible(page, 'the notification choices with push');
    expect(errors).toEqual([]);
  });

  it('explains a refused permission and keeps the earlier choice', async () => {
    const { page } = await session.openPage();
    const context = page.context();
    await context.clearPermissions();
    // The member answers the browser's prompt with "Block" (a prompt the test cannot click).
    await page.addInitScript(() => {
      window.Notification.requestPermission = async () => 'denied';
    });
    await standInPushService(page);
    const sent = operations(page);
    await signUpInBrowser(page, 'refuser');
    await page.goto('/notifications');
    await expectHeading(page, 'Notifications');
    const replies = page.getByLabel('Replies to my posts and threads I follow');
    const before = await replies.inputValue();
    await replies.selectOption({ label: 'In the app and as a push notification' });
    await page.getByText('Notifications are blocked for Haven in this browser').waitFor();
    expect(sent.some((s) => s.name === 'RegisterPushSubscription')).toBe(false);
    expect(sent.some((s) => s.name === 'SetNotificationPreference')).toBe(false);
    await page.reload();
    await expectHeading(page, 'Notifications');
    await expect(replies.inputValue()).resolves.toBe(before);
  });
});
