import type { Socket } from 'socket.io-client';
import { NOTIFICATIONS_NAMESPACE, type NotificationDto } from '@haven/shared/contracts';
import { connectSocket, registerMember, type GraphqlClient, type TestApp } from '@haven/server/testing';
import {
  app,
  createComment as comment,
  createPost,
  listNotifications as list,
  LIST,
  MARK,
  type ListData,
} from './notifications.documents';

// What notifications cost (SQL per page, one INSERT for a thousand watchers) and their live delivery to a
// member connected to the other of two instances.

const socketTo = (url: string, token: string): Promise<Socket> =>
  connectSocket(url, NOTIFICATIONS_NAMESPACE, token);

describe('notification delivery', () => {
  let a: TestApp;
  let b: TestApp;
  let categoryId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await app();
    b = await app(a);
    const { categories } = await a.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  }, 90_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await b.close();
    await a.close();
  });

  const post = (gql: GraphqlClient) => createPost(gql, categoryId);

  it('pages with a constant number of SQL queries and marks read', async () => {
    const author = await registerMember(a.gql);
    const p = await post(author.gql);
    const repliers = await Promise.all(Array.from({ length: 6 }, () => registerMember(a.gql)));
    for (const r of repliers) await comment(r.gql, p.id);
    // A first request, so the author's token is as recently verified (and cached) for both sizes.
    await author.gql.ok<ListData>(LIST, { first: 1 });
    const small = await a.countQueries(() => author.gql.ok<ListData>(LIST, { first: 2 }));
    const large = await a.countQueries(() => author.gql.ok<ListData>(LIST, { first: 6 }));
    expect(large.result.notifications.nodes).toHaveLength(6);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(6);

    const page1 = small.result.notifications;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(author, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.nodes.map((n) => n.id)).not.toContain(page1.nodes[0].id);

    const unread = await author.gql.ok<{ markNotificationsRead: number }>(MARK, { ids: [page1.nodes[0].id] });
    expect(unread.markNotificationsRead).toBe(5);
    // Another member's ids change nothing.
    const other = repliers[0];
    await other.gql.ok(MARK, { ids: [page1.nodes[1].id] });
    expect((await list(author)).unreadCount).toBe(5);
    expect((await author.gql.ok<{ markNotificationsRead: number }>(MARK, {})).markNotificationsRead).toBe(0);
    expect(await author.gql.errorCode(MARK, { ids: ['not-an-id'] })).toBe('BAD_USER_INPUT');
    expect(
      await author.gql.errorCode(MARK, { ids: Array.from({ length: 101 }, () => page1.nodes[0].id) }),
    ).toBe('BAD_USER_INPUT');
  });

  it('fans a reply out to 1,000 watchers with one INSERT … SELECT', async () => {
    const author = await registerMember(a.gql);
    const replier = await registerMember(a.gql);
    const p = await post(author.gql);
    await a.dataSource.query(
      `WITH u AS (
         INSERT INTO users (email, handle, handle_key, password_hash)
         SELECT 'w' || g || '-' || $2 || '@example.org', 'w' || g || $2, 'w' || g || $2, 'x' FROM generate_series(1, 1000) g
         RETURNING id)
       INSERT INTO notification_post_watches (user_id, post_id, level) SELECT id, $1, 'WATCHING' FROM u`,
      [p.id, replier.id.slice(0, 6)],
    );
    const { queries, sql } = await a.countQueries(() => comment(replier.gql, p.id));
    const inserts = sql.filter((q) => /INSERT INTO notifications/.test(q));
    expect(inserts).toHaveLength(1);
    expect(queries).toBeLessThan(40);
    const [{ count }] = await a.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE post_id = $1`,
      [p.id],
    );
    expect(count).toBe(1001);
  });

  it('pushes new notifications and counts live to a member connected to the other instance', async () => {
    const author = await registerMember(a.gql);
    const other = await registerMember(a.gql);
    const p = await post(author.gql);
    const socket = await socketTo(b.url, author.accessToken);
    sockets.push(socket);
    const arrived = new Promise<NotificationDto>((resolve) => socket.once('notification:new', resolve));
    const counted = new Promise<{ unreadCount: number }>((resolve) =>
      socket.once('notification:count', resolve),
    );
    await comment(other.gql, p.id);
    expect(await arrived).toMatchObject({
      kind: 'REPLY_TO_POST',
      summary: `@${other.handle} replied to your post`,
    });
    expect(await counted).toEqual({ unreadCount: 1 });
    const zero = new Promise<{ unreadCount: number }>((resolve) =>
      socket.once('notification:count', resolve),
    );
    await author.gql.ok(MARK, {});
    expect(await zero).toEqual({ unreadCount: 0 });
  });

  it('refuses the namespace without a valid token', async () => {
    await expect(socketTo(a.url, 'not-a-token')).rejects.toThrow('UNAUTHENTICATED');
    await expect(socketTo(a.url, '')).rejects.toThrow('UNAUTHENTICATED');
  });
});
