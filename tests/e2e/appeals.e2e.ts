import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Appeals across the real domains: a removed forum post restored, a suspension lifted, the member
// notified through the notifications system.

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
const MODERATE = `mutation($id: ID!, $i: ModerateContentInput!) { moderatePost(id: $id, input: $i) { id status } }`;
const NOTICES = `{ myNotices { nodes { id action message appealableUntil appeal { id status } } } }`;
const APPEAL = `mutation($n: ID!, $note: String!) { appeal(noticeId: $n, note: $note) { id status } }`;
const QUEUE = `{ moderationQueue(first: 100) { nodes { id sources contentId appeal { id } } } }`;
const RESOLVE = `mutation($id: ID!, $i: ResolveCaseInput!) { resolveCase(id: $id, input: $i) { id status } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { nodes { kind summary path } } }`;

interface Notice {
  id: string;
  action: string;
  message: string;
  appealableUntil: string | null;
  appeal: { id: string; status: string } | null;
}

describe('appeals across the real domains', () => {
  let t: TestApp;
  let acting: TestMember;
  let second: TestMember;
  let admin: TestMember;
  let categoryId: string;

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    acting = await registerModerator(t.gql);
    second = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  });
  afterAll(() => t.close());

  const post = async (gql: GraphqlClient, title: string, body: string) =>
    (
      await gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
        input: { categoryId, title, body },
      })
    ).createPost.post;
  const visible = async (id: string) =>
    (
      await t.gql.ok<{ post: { status: string } | null }>(`query($id: ID!) { post(id: $id) { status } }`, {
        id,
      })
    ).post;
  const latestNotice = async (member: TestMember) =>
    (await member.gql.ok<{ myNotices: { nodes: Notice[] } }>(NOTICES)).myNotices.nodes[0];
  const appealCase = async (appealId: string) => {
    const { moderationQueue } = await second.gql.ok<{
      moderationQueue: { nodes: { id: string; sources: string[]; appeal: { id: string } | null }[] };
    }>(QUEUE);
    return moderationQueue.nodes.find((c) => c.appeal?.id === appealId);
  };

  it('a removed post is restored when a second moderator reverses the appeal; the member is notified', async () => {
    const member = await registerMember(t.gql);
    const created = await post(member.gql, 'What helped me', 'Walking every morning with a friend helped.');
    await acting.gql.ok(MODERATE, { id: created.id, i: { action: 'REMOVE', note: 'Off-topic.' } });
    expect(await visible(created.id)).toBeNull();

    const notice = await latestNotice(member);
    expect(notice).toMatchObject({ action: 'REMOVE', appeal: null, appealableUntil: expect.any(String) });
    const { appeal } = await member.gql.ok<{ appeal: { id: string; status: string } }>(APPEAL, {
      n: notice.id,
      note: 'It was about my recovery, which is on-topic here.',
    });
    expect(appeal.status).toBe('OPEN');
    const found = await appealCase(appeal.id);
    expect(found).toMatchObject({ sources: ['APPEAL'] });

    expect(await acting.gql.errorCode(RESOLVE, { id: found!.id, i: { action: 'APPEAL_REVERSED' } })).toBe(
      'FORBIDDEN',
    );
    expect(await visible(created.id)).toBeNull();
    await second.gql.ok(RESOLVE, { id: found!.id, i: { action: 'APPEAL_REVERSED', note: 'Restored.' } });

    expect(await visible(created.id)).toEqual({ status: 'PUBLISHED' });
    expect((await latestNotice(member)).action).toBe('APPEAL_REVERSED');
    const { notifications } = await member.gql.ok<{
      notifications: { nodes: { kind: string; summary: string; path: string }[] };
    }>(NOTIFICATIONS);
    expect(notifications.nodes[0]).toMatchObject({
      kind: 'MODERATION_OUTCOME',
      path: '/notices',
      summary: expect.stringContaining('reversed the decision'),
    });
    const log = await admin.gql.ok<{ moderationLog: { nodes: { action: string; actor: { id: string } }[] } }>(
      `query($u: ID) { moderationLog(first: 5, targetUserId: $u) { nodes { action actor { id } } } }`,
      { u: member.id },
    );
    expect(log.moderationLog.nodes.map((e) => [e.action, e.actor.id])).toEqual([
      ['APPEAL_REVERSED', second.id],
      ['REMOVE', acting.id],
    ]);
  });

  it('a suspended member appeals from the suspension notice; once reversed they can post again', async () => {
    const member = await registerMember(t.gql);
    const created = await post(member.gql, 'My week', 'Some better days this week.');
    await acting.gql.ok(MODERATE, { id: created.id, i: { action: 'SUSPEND_USER', suspendDays: 7 } });
    expect(
      await member.gql.errorCode(CREATE_POST, { input: { categoryId, title: 'Still here', body: 'Hello.' } }),
    ).toBe('FORBIDDEN');

    const notice = await latestNotice(member);
    expect(notice.action).toBe('SUSPEND_USER');
    const { appeal } = await member.gql.ok<{ appeal: { id: string } }>(APPEAL, {
      n: notice.id,
      note: 'I think this was a misunderstanding.',
    });
    const found = await appealCase(appeal.id);
    await admin.gql.ok(RESOLVE, { id: found!.id, i: { action: 'APPEAL_REVERSED' } });

    expect((await member.gql.ok<{ viewer: { status: string } }>(`{ viewer { status } }`)).viewer.status).toBe(
      'ACTIVE',
    );
    expect((await post(member.gql, 'Back again', 'Thank you for looking again.')).id).toEqual(
      expect.any(String),
    );
    expect((await latestNotice(member)).message).toContain('your suspension is lifted');
  });
});
