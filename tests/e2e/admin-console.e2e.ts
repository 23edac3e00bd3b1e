import type { Socket } from 'socket.io-client';
import { AccountStatus, NOTIFICATIONS_NAMESPACE } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import {
  connectSocket,
  createTestApp,
  markEmailVerified,
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { CREATE_CATEGORY } from './catalog.documents';

// The admin console's API on the real application: categories (archive included), member status,
// every administrator's and moderator's change in the moderation log, and the live `catalog:changed`
// event reaching members on another instance. Member search is in member-search.e2e.ts, the catalog
// event during a Redis outage in catalog-outage.e2e.ts.

const app = (shared?: TestApp) =>
  createTestApp({
    appModule: (config) => AppModule.forRoot(config),
    ...(shared ? { database: shared.database, redisPrefix: shared.config.REDIS_PREFIX } : {}),
  });

const CATEGORIES = `query($all: Boolean) { categories(includeArchived: $all) { id slug name description position archived } }`;
const CATEGORY = `query($slug: String!) { category(slug: $slug) { id archived } }`;
const UPDATE_CATEGORY = `mutation($id: ID!, $input: UpdateCategoryInput!) {
  updateCategory(id: $id, input: $input) { id name description position archived } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const POST = `query($id: ID!) { post(id: $id) { id title category { id } } }`;
const CREATE_ROOM = `mutation($input: ChatRoomInput!) { createChatRoom(input: $input) { id slug } }`;
const UPDATE_ROOM = `mutation($id: ID!, $input: UpdateChatRoomInput!) { updateChatRoom(id: $id, input: $input) { id locked slowModeSeconds } }`;
const MUTE = `mutation($roomId: ID!, $userId: ID!) { muteInRoom(roomId: $roomId, userId: $userId, minutes: 15) }`;
const SET_ROLE = `mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id role } }`;
const SET_STATUS = `mutation($id: ID!, $status: AccountStatus!, $until: DateTime, $note: String) {
  setUserStatus(userId: $id, status: $status, until: $until, note: $note) { id status suspendedUntil } }`;
const STATUS_OF = `query($handle: String!) { user(handle: $handle) { id status suspendedUntil } }`;
const LOG = `query($target: ID) { moderationLog(first: 100, targetUserId: $target) {
  nodes { action contentKind contentId note suspendedUntil actor { id } targetUser { id } } } }`;

interface LogEntry {
  action: string;
  contentKind: string | null;
  contentId: string | null;
  note: string | null;
  suspendedUntil: string | null;
  actor: { id: string };
  targetUser: { id: string } | null;
}
interface Category {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  archived: boolean;
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`;

const notificationsSocket = (url: string, token: string): Promise<Socket> =>
  connectSocket(url, NOTIFICATIONS_NAMESPACE, token);

describe('admin console API', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: TestMember;
  let moderator: TestMember;
  let member: TestMember;
  let suspended: TestMember;
  const sockets: Socket[] = [];

  /** Each kind of caller, with the client it calls with. */
  const callers = () =>
    ({
      visitor: a.gql,
      member: member.gql,
      suspended: suspended.gql,
      moderator: moderator.gql,
      admin: admin.gql,
    }) as Record<string, GraphqlClient>;

  const log = async (target?: string): Promise<LogEntry[]> =>
    (await admin.gql.ok<{ moderationLog: { nodes: LogEntry[] } }>(LOG, { target: target ?? null }))
      .moderationLog.nodes;

  const newCategory = async (extra: Record<string, unknown> = {}): Promise<Category> =>
    (
      await admin.gql.ok<{ createCategory: Category }>(CREATE_CATEGORY, {
        input: { slug: unique('c'), name: 'Evening thoughts', description: 'Quiet talk', ...extra },
      })
    ).createCategory;

  beforeAll(async () => {
    a = await app();
    b = await app(a);
    admin = await signInAdmin(a.gql);
    [moderator, member, suspended] = await Promise.all([
      registerModerator(a.gql),
      registerMember(a.gql),
      registerMember(a.gql),
    ]);
    await a.app.get(UsersService).setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(inDays(3)));
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await b.close();
    await a.close();
  });

  describe('updateCategory', () => {
    it('is for administrators: visitors sign in, everyone else is refused, nothing changes', async () => {
      const category = await newCategory();
      const variables = { id: category.id, input: { name: 'Renamed by someone' } };
      const want = {
        visitor: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        suspended: 'FORBIDDEN',
        moderator: 'FORBIDDEN',
      };
      for (const [caller, code] of Object.entries(want)) {
        expect([caller, await callers()[caller].errorCode(UPDATE_CATEGORY, variables)]).toEqual([
          caller,
          code,
        ]);
      }
      const { updateCategory } = await admin.gql.ok<{ updateCategory: Category }>(UPDATE_CATEGORY, variables);
      expect(updateCategory.name).toBe('Renamed by someone');
    });

    it('renames, describes and reorders, each change in the log with a note', async () => {
      const category = await newCategory();
      const { updateCategory } = await admin.gql.ok<{ updateCategory: Category }>(UPDATE_CATEGORY, {
        id: category.id,
        input: { name: 'Mornings', description: 'Starting the day', position: 0 },
      });
      expect(updateCategory).toMatchObject({
        name: 'Mornings',
        description: 'Starting the day',
        position: 0,
      });
      const { categories } = await a.gql.ok<{ categories: Category[] }>(CATEGORIES, {});
      expect(categories[0].id).toBe(category.id);
      expect(categories.map((c) => c.position)).toEqual(categories.map((_, i) => i));
      const entries = (await log()).filter((e) => e.contentId === category.id);
      expect(entries.map((e) => e.action)).toEqual(['CATEGORY_CHANGED', 'CATEGORY_CHANGED']);
      expect(entries[0]).toMatchObject({
        contentKind: null,
        actor: { id: admin.id },
        note: 'Category “Mornings”: renamed “Evening thoughts” to “Mornings”; changed the description; moved to place 1.',
      });
      expect(entries[1].note).toContain('Created the category “Evening thoughts”');
    });

    it('refuses bad input on its field, unknown ids and empty changes, changing nothing', async () => {
      const category = await newCategory();
      const cases: [Record<string, unknown>, string][] = [
        [{ name: 'x'.repeat(61) }, 'name'],
        [{ name: '  ' }, 'name'],
        [{ description: 'x'.repeat(301) }, 'description'],
        [{ position: -1 }, 'position'],
      ];
      for (const [input, field] of cases) {
        const res = await admin.gql.request(UPDATE_CATEGORY, { id: category.id, input });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await admin.gql.errorCode(UPDATE_CATEGORY, { id: category.id, input: {} })).toBe(
        'BAD_USER_INPUT',
      );
      expect(await admin.gql.errorCode(UPDATE_CATEGORY, { id: 'nope', input: { name: 'Fine' } })).toBe(
        'BAD_USER_INPUT',
      );
      expect(await admin.gql.errorCode(UPDATE_CATEGORY, { id: UNKNOWN, input: { name: 'Fine' } })).toBe(
        'NOT_FOUND',
      );
      const { categories } = await admin.gql.ok<{ categories: Category[] }>(CATEGORIES, {});
      expect(categories.find((c) => c.id === category.id)).toMatchObject({
        name: 'Evening thoughts',
        description: 'Quiet talk',
      });
      expect((await log()).filter((e) => e.contentId === category.id)).toHaveLength(1);
    });

    it('archives: gone from the list, no new posts (FORBIDDEN), old posts readable; unarchiving brings it back', async () => {
      const category = await newCategory();
      const { createPost } = await member.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
        input: { categoryId: category.id, title: 'Before the archive', body: 'Still here later' },
      });
      await admin.gql.ok(UPDATE_CATEGORY, { id: category.id, input: { archived: true } });

      for (const client of [a.gql, member.gql, moderator.gql, admin.gql]) {
        const { categories } = await client.ok<{ categories: Category[] }>(CATEGORIES, {});
        expect(categories.map((c) => c.id)).not.toContain(category.id);
      }
      const all = await admin.gql.ok<{ categories: Category[] }>(CATEGORIES, { all: true });
      expect(all.categories.find((c) => c.id === category.id)?.archived).toBe(true);
      for (const client of [a.gql, member.gql, moderator.gql]) {
        expect(await client.errorCode(CATEGORIES, { all: true })).toBe('FORBIDDEN');
      }

      const refused = await member.gql.request(CREATE_POST, {
        input: { categoryId: category.id, title: 'Into the archive', body: 'Hello' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'categoryId' });
      const read = await a.gql.ok<{ post: { id: string; category: { id: string } } }>(POST, {
        id: createPost.post.id,
      });
      expect(read.post.category.id).toBe(category.id);
      expect(
        (await a.gql.ok<{ category: { archived: boolean } }>(CATEGORY, { slug: category.slug })).category,
      ).toMatchObject({ archived: true });

      await admin.gql.ok(UPDATE_CATEGORY, { id: category.id, input: { archived: false } });
      const { categories } = await member.gql.ok<{ categories: Category[] }>(CATEGORIES, {});
      expect(categories.map((c) => c.id)).toContain(category.id);
      await member.gql.ok(CREATE_POST, {
        input: { categoryId: category.id, title: 'After the archive', body: 'Open again' },
      });
      const notes = (await log()).filter((e) => e.contentId === category.id).map((e) => e.note);
      expect(notes.slice(0, 2)).toEqual([
        'Category “Evening thoughts”: brought back from the archive.',
        'Category “Evening thoughts”: archived.',
      ]);
    });
  });

  describe('rooms, mutes and roles in the log', () => {
    it('logs room creation, lock and slow mode, and a mute, each with its actor', async () => {
      const { createChatRoom } = await admin.gql.ok<{ createChatRoom: { id: string } }>(CREATE_ROOM, {
        input: { slug: unique('room'), name: 'Night owls', description: 'For late hours' },
      });
      await moderator.gql.ok(UPDATE_ROOM, { id: createChatRoom.id, input: { locked: true } });
      await moderator.gql.ok(UPDATE_ROOM, { id: createChatRoom.id, input: { slowModeSeconds: 30 } });
      await moderator.gql.ok(UPDATE_ROOM, { id: createChatRoom.id, input: { slowModeSeconds: 30 } });
      const target = await registerMember(a.gql);
      await moderator.gql.ok(MUTE, { roomId: createChatRoom.id, userId: target.id });

      const rooms = (await log()).filter((e) => e.contentId === createChatRoom.id);
      expect(rooms.map((e) => [e.action, e.note, e.actor.id])).toEqual([
        ['ROOM_CHANGED', 'Room “Night owls”: slow mode 30 s.', moderator.id],
        ['ROOM_CHANGED', 'Room “Night owls”: locked.', moderator.id],
        ['ROOM_CHANGED', expect.stringMatching(/^Opened the room “Night owls” \(room-/), admin.id],
      ]);
      const [mute] = await log(target.id);
      expect(mute).toMatchObject({
        action: 'MEMBER_MUTED',
        contentKind: 'USER',
        actor: { id: moderator.id },
        targetUser: { id: target.id },
        note: 'Muted in “Night owls” for 15 minutes.',
      });
      expect(mute.suspendedUntil).not.toBeNull();
    });

    it('logs a role change with the change itself; an unchanged role logs nothing', async () => {
      const target = await registerMember(a.gql);
      await markEmailVerified(a.gql, target.id);
      await admin.gql.ok(SET_ROLE, { id: target.id, role: 'MODERATOR' });
      await admin.gql.ok(SET_ROLE, { id: target.id, role: 'MODERATOR' });
      await admin.gql.ok(SET_ROLE, { id: target.id, role: 'MEMBER' });
      expect((await log(target.id)).map((e) => [e.action, e.note, e.actor.id])).toEqual([
        ['ROLE_CHANGED', 'Role changed from MODERATOR to MEMBER.', admin.id],
        ['ROLE_CHANGED', 'Role changed from MEMBER to MODERATOR.', admin.id],
      ]);
      expect(await admin.gql.errorCode(SET_ROLE, { id: admin.id, role: 'MEMBER' })).toBe('FORBIDDEN');
      expect(await admin.gql.errorCode(SET_ROLE, { id: 'nope', role: 'MEMBER' })).toBe('BAD_USER_INPUT');
      expect(await admin.gql.errorCode(SET_ROLE, { id: UNKNOWN, role: 'MEMBER' })).toBe('NOT_FOUND');
    });
  });

  describe('setUserStatus', () => {
    it('visitors sign in; members and suspended members are refused; nothing changes', async () => {
      const target = await registerMember(a.gql);
      const variables = { id: target.id, status: 'BANNED' };
      expect(await a.gql.errorCode(SET_STATUS, variables)).toBe('UNAUTHENTICATED');
      expect(await member.gql.errorCode(SET_STATUS, variables)).toBe('FORBIDDEN');
      expect(await suspended.gql.errorCode(SET_STATUS, variables)).toBe('FORBIDDEN');
      const { user } = await admin.gql.ok<{ user: { status: string } }>(STATUS_OF, { handle: target.handle });
      expect(user.status).toBe('ACTIVE');
      expect(await log(target.id)).toHaveLength(0);
    });

    it('a moderator suspends a member: logged, the member is refused at once and their socket closes', async () => {
      const target = await registerMember(a.gql);
      const socket = await notificationsSocket(b.url, target.accessToken);
      sockets.push(socket);
      const closed = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
      const until = inDays(7);
      const { setUserStatus } = await moderator.gql.ok<{
        setUserStatus: { status: string; suspendedUntil: string };
      }>(SET_STATUS, { id: target.id, status: 'SUSPENDED', until, note: 'Cooling off after the thread' });
      expect(setUserStatus).toEqual({ id: target.id, status: 'SUSPENDED', suspendedUntil: until });
      await closed;
      expect(
        await target.gql.errorCode(CREATE_POST, {
          input: { categoryId: UNKNOWN, title: 'Still here?', body: 'Hello' },
        }),
      ).toBe('FORBIDDEN');
      const [entry] = await log(target.id);
      expect(entry).toMatchObject({
        action: 'SUSPEND_USER',
        contentKind: 'USER',
        actor: { id: moderator.id },
        targetUser: { id: target.id },
        suspendedUntil: until,
        note: `Suspended until ${until}. Cooling off after the thread`,
      });

      await moderator.gql.ok(SET_STATUS, { id: target.id, status: 'ACTIVE' });
      const { user } = await admin.gql.ok<{ user: { status: string } }>(STATUS_OF, { handle: target.handle });
      expect(user.status).toBe('ACTIVE');
      expect((await log(target.id))[0]).toMatchObject({ action: 'STATUS_CHANGED', note: 'Reactivated.' });
    });

    it('only administrators act on moderators; nobody acts on themselves; administrators are never banned', async () => {
      const other = await registerModerator(a.gql);
      expect(await moderator.gql.errorCode(SET_STATUS, { id: other.id, status: 'BANNED' })).toBe('FORBIDDEN');
      expect(await moderator.gql.errorCode(SET_STATUS, { id: admin.id, status: 'BANNED' })).toBe('FORBIDDEN');
      expect(await moderator.gql.errorCode(SET_STATUS, { id: moderator.id, status: 'ACTIVE' })).toBe(
        'FORBIDDEN',
      );
      expect(await admin.gql.errorCode(SET_STATUS, { id: admin.id, status: 'BANNED' })).toBe('FORBIDDEN');
      expect(await log(other.id)).toHaveLength(1); // its promotion only

      const { setUserStatus } = await admin.gql.ok<{ setUserStatus: { status: string } }>(SET_STATUS, {
        id: other.id,
        status: 'BANNED',
        note: 'Shared a member’s details',
      });
      expect(setUserStatus.status).toBe('BANNED');
      expect(await other.gql.errorCode(`{ moderationQueue(first: 1) { nodes { id } } }`)).toBe('FORBIDDEN');
      expect((await log(other.id))[0]).toMatchObject({
        action: 'BAN_USER',
        actor: { id: admin.id },
        note: 'Banned. Shared a member’s details',
      });
    });

    it('refuses bad input on its field and unknown members, changing nothing', async () => {
      const target = await registerMember(a.gql);
      const cases: [Record<string, unknown>, string, string | undefined][] = [
        [{ status: 'SUSPENDED' }, 'BAD_USER_INPUT', 'until'],
        [{ status: 'SUSPENDED', until: inDays(-1) }, 'BAD_USER_INPUT', 'until'],
        [{ status: 'SUSPENDED', until: inDays(400) }, 'BAD_USER_INPUT', 'until'],
        [{ status: 'BANNED', until: inDays(2) }, 'BAD_USER_INPUT', 'until'],
        [{ status: 'BANNED', note: 'x'.repeat(1001) }, 'BAD_USER_INPUT', 'note'],
        [{ status: 'BANNED', until: 'not a date' }, 'BAD_USER_INPUT', undefined],
      ];
      for (const [input, code, field] of cases) {
        const res = await moderator.gql.request(SET_STATUS, { id: target.id, ...input });
        expect(res.errors?.[0]?.extensions?.code).toBe(code);
        if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
      }
      expect(await moderator.gql.errorCode(SET_STATUS, { id: 'nope', status: 'BANNED' })).toBe(
        'BAD_USER_INPUT',
      );
      expect(await moderator.gql.errorCode(SET_STATUS, { id: UNKNOWN, status: 'BANNED' })).toBe('NOT_FOUND');
      const { user } = await admin.gql.ok<{ user: { status: string } }>(STATUS_OF, { handle: target.handle });
      expect(user.status).toBe('ACTIVE');
      expect(await log(target.id)).toHaveLength(0);
    });
  });

  describe('catalog:changed', () => {
    it('reaches members connected to the other instance when a category or a room is created or changed', async () => {
      const watcher = await registerMember(a.gql);
      const socket = await notificationsSocket(b.url, watcher.accessToken);
      sockets.push(socket);
      const next = () =>
        new Promise<{ catalog: string }>((resolve) => socket.once('catalog:changed', resolve));

      let arrived = next();
      const category = await newCategory();
      expect(await arrived).toEqual({ catalog: 'categories' });

      arrived = next();
      await admin.gql.ok(UPDATE_CATEGORY, { id: category.id, input: { archived: true } });
      expect(await arrived).toEqual({ catalog: 'categories' });

      arrived = next();
      const { createChatRoom } = await admin.gql.ok<{ createChatRoom: { id: string } }>(CREATE_ROOM, {
        input: { slug: unique('live'), name: 'Weekend room', description: 'Saturdays' },
      });
      expect(await arrived).toEqual({ catalog: 'rooms' });

      arrived = next();
      await moderator.gql.ok(UPDATE_ROOM, { id: createChatRoom.id, input: { locked: true } });
      expect(await arrived).toEqual({ catalog: 'rooms' });
    });
  });
});
