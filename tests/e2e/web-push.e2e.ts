import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import webPush from 'web-push';
import { AccountStatus } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signIn,
  signInAdmin,
  type TestApp,
  type TestMember,
  eventually,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Web push as a delivery choice per kind. A real HTTPS server in this test (a throwaway certificate the
// sender is told to trust) plays the push service: the encrypted request must arrive with the VAPID
// authorisation, the TTL and the aes128gcm encoding, and a 410 from it removes the subscription.

/** A certificate for 127.0.0.1, made for this run. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'haven-push-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const REGISTER = `mutation($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) }`;
const UNREGISTER = `mutation($endpoint: String!) { unregisterPushSubscription(endpoint: $endpoint) }`;
const PREFERENCE = `mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A device's subscription keys, as a browser's PushManager makes them. */
function deviceKeys(): { p256dh: string; auth: string } {
  const ecdh = createECDH('prime256v1');
  return { p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

describe('web push', () => {
  let t: TestApp;
  let pushService: https.Server;
  let trustedBefore: unknown;
  let pushUrl: string;
  let categoryId: string;
  const received: Received[] = [];
  const vapid = webPush.generateVAPIDKeys();

  beforeAll(async () => {
    const tls = throwawayCertificate();
    // web-push sends through the default HTTPS agent: it trusts this run's push service.
    trustedBefore = https.globalAgent.options.ca;
    https.globalAgent.options.ca = tls.cert;
    pushService = https.createServer(tls, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks),
        });
        res.writeHead(req.url?.startsWith('/gone/') ? 410 : 201).end();
      });
    });
    await new Promise<void>((done) => pushService.listen(0, '127.0.0.1', done));
    pushUrl = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: {
        VAPID_PUBLIC_KEY: vapid.publicKey,
        VAPID_PRIVATE_KEY: vapid.privateKey,
        VAPID_SUBJECT: 'mailto:safety@haven.test',
      },
    });
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  }, 90_000);
  afterAll(async () => {
    await t?.close();
    await new Promise((done) => pushService.close(done));
    https.globalAgent.options.ca = trustedBefore as typeof https.globalAgent.options.ca;
  });

  const subscriptions = async (userId: string) =>
    Number(
      (
        (await t.dataSource.query(`SELECT count(*) FROM push_subscriptions WHERE user_id = $1`, [
          userId,
        ])) as {
          count: string;
        }[]
      )[0].count,
    );

  async function replyTo(author: TestMember): Promise<void> {
    const { createPost } = await author.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'Week three', body: 'The evenings are easier now.' },
    });
    const replier = await registerMember(t.gql);
    await replier.gql.ok(CREATE_COMMENT, {
      input: { postId: createPost.post.id, body: 'So glad to read this.' },
    });
  }

  it('gives browsers the public key, to anyone', async () => {
    expect(await t.gql.ok(`{ pushPublicKey }`)).toEqual({ pushPublicKey: vapid.publicKey });
  });

  it('pushes a notification whose kind is set to PUSH, encrypted, with VAPID and a TTL', async () => {
    const member = await registerMember(t.gql);
    const endpoint = `${pushUrl}/push/${randomUUID()}`;
    expect(await member.gql.ok(REGISTER, { input: { endpoint, ...deviceKeys() } })).toEqual({
      registerPushSubscription: true,
    });
    await member.gql.ok(PREFERENCE, { kind: 'REPLY_TO_POST', delivery: 'PUSH' });

    await replyTo(member);
    const path = new URL(endpoint).pathname;
    await eventually(() => received.some((r) => r.path === path), 5_000, 'the push request');
    const push = received.find((r) => r.path === path) as Received;
    expect(push.method).toBe('POST');
    expect(push.headers.ttl).toBe('86400');
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=/);
    expect(push.headers.authorization).toContain(`k=${vapid.publicKey}`);
    expect(push.body.length).toBeGreaterThan(0);
    // Encrypted: the summary and path are not readable on the way.
    expect(push.body.toString('latin1')).not.toContain('replied');
    expect(push.body.toString('latin1')).not.toContain('/forum/p/');
  });

  it('pushes nothing for kinds left in the app', async () => {
    const member = await registerMember(t.gql);
    const endpoint = `${pushUrl}/push/${randomUUID()}`;
    await member.gql.ok(REGISTER, { input: { endpoint, ...deviceKeys() } });
    await replyTo(member);
    await new Promise((done) => setTimeout(done, 500));
    expect(received.filter((r) => r.path === new URL(endpoint).pathname)).toEqual([]);
  });

  it('removes a subscription the push service says is gone (410), and one the member unregisters', async () => {
    const member = await registerMember(t.gql);
    const gone = `${pushUrl}/gone/${randomUUID()}`;
    const kept = `${pushUrl}/push/${randomUUID()}`;
    await member.gql.ok(REGISTER, { input: { endpoint: gone, ...deviceKeys() } });
    await member.gql.ok(REGISTER, { input: { endpoint: kept, ...deviceKeys() } });
    await member.gql.ok(PREFERENCE, { kind: 'REPLY_TO_POST', delivery: 'PUSH' });
    expect(await subscriptions(member.id)).toBe(2);
    await replyTo(member);
    await eventually(
      async () => (await subscriptions(member.id)) === 1,
      5_000,
      'the gone subscription removed',
    );

    // Signing out on a device unregisters it; only the member's own.
    const other = await registerMember(t.gql);
    expect(await other.gql.ok(UNREGISTER, { endpoint: kept })).toEqual({ unregisterPushSubscription: false });
    expect(await member.gql.ok(UNREGISTER, { endpoint: kept })).toEqual({ unregisterPushSubscription: true });
    expect(await subscriptions(member.id)).toBe(0);
  });

  it('removes a device when its session ends: signing out, a revoked session, a password change', async () => {
    const member = await registerMember(t.gql);
    const laptop = await signIn(t.gql, member.email, member.password);
    const tablet = await signIn(t.gql, member.email, member.password);
    const endpoints = {
      phone: `${pushUrl}/push/${randomUUID()}`,
      laptop: `${pushUrl}/push/${randomUUID()}`,
      tablet: `${pushUrl}/push/${randomUUID()}`,
    };
    await member.gql.ok(REGISTER, { input: { endpoint: endpoints.phone, ...deviceKeys() } });
    await laptop.gql.ok(REGISTER, { input: { endpoint: endpoints.laptop, ...deviceKeys() } });
    await tablet.gql.ok(REGISTER, { input: { endpoint: endpoints.tablet, ...deviceKeys() } });
    const left = async () =>
      (
        (await t.dataSource.query(`SELECT endpoint FROM push_subscriptions WHERE user_id = $1`, [
          member.id,
        ])) as { endpoint: string }[]
      )
        .map((r) => r.endpoint)
        .sort();
    expect(await left()).toEqual(Object.values(endpoints).sort());

    // Signing out on the laptop.
    expect(
      await laptop.gql.ok(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: laptop.refreshToken }),
    ).toEqual({ logout: true });
    await eventually(async () => !(await left()).includes(endpoints.laptop), 5_000, 'the laptop removed');
    expect(await left()).toEqual([endpoints.phone, endpoints.tablet].sort());

    // A password change on the phone ends every session: the tablet's device goes for good, the phone's
    // until the app registers it again on the session the change started.
    const { changePassword } = await member.gql.ok<{ changePassword: { accessToken: string } }>(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }`,
      { c: member.password, n: `${member.password}-and-a-new-meadow` },
    );
    await eventually(async () => (await left()).length === 0, 5_000, 'both devices removed');
    const phone = t.gql.withToken(changePassword.accessToken);
    await phone.ok(REGISTER, { input: { endpoint: endpoints.phone, ...deviceKeys() } });
    expect(await left()).toEqual([endpoints.phone]);
    // It now belongs to the new session: revoking that one removes it.
    const { mySessions } = await phone.ok<{ mySessions: { id: string }[] }>(`{ mySessions { id } }`);
    expect(mySessions).toHaveLength(1);
    await phone.ok(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: mySessions[0]?.id });
    await eventually(async () => (await left()).length === 0, 5_000, 'the phone removed with its session');
  });

  it('lets every signed-in account register a device, visitors none, and refuses bad subscriptions', async () => {
    const member = await registerMember(t.gql);
    const suspended = await registerMember(t.gql);
    await t.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    const moderator = await registerModerator(t.gql);
    const admin = await signInAdmin(t.gql);
    const input = () => ({ endpoint: `${pushUrl}/push/${randomUUID()}`, ...deviceKeys() });

    expect(await t.gql.errorCode(REGISTER, { input: input() })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(UNREGISTER, { endpoint: input().endpoint })).toBe('UNAUTHENTICATED');
    for (const who of [member, suspended, moderator, admin]) {
      expect(await who.gql.ok(REGISTER, { input: input() })).toEqual({ registerPushSubscription: true });
      expect(await subscriptions(who.id)).toBe(1);
    }

    const bad = [
      { ...input(), endpoint: 'ftp://push.example/x' },
      { ...input(), endpoint: 'http://push.example.org/not-https' },
      { ...input(), endpoint: 'not a url' },
      { ...input(), p256dh: 'short' },
      { ...input(), auth: 'has spaces in it!!' },
      { ...input(), endpoint: `https://push.example/${'x'.repeat(1000)}` },
    ];
    for (const wrong of bad) {
      expect(await member.gql.errorCode(REGISTER, { input: wrong })).toBe('BAD_USER_INPUT');
    }
    expect(await subscriptions(member.id)).toBe(1);
  });
});
