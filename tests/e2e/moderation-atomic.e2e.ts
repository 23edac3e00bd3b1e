import { EventEmitter2 } from '@nestjs/event-emitter';
import { ACCOUNT_STATUS_CHANGED_EVENT, type AccountStatusChangedEvent } from '@haven/server/core';
import {
  createTestApp,
  registerMember,
  registerModerator,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Resolving a case is one decision: the case, the effect in the content's domain or on the account, the
// log entry and the notice commit together, and events go out only after the commit. The log write is
// made to fail in PostgreSQL itself (a trigger), so the failure is the database's, not a test double's.

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
const REPORT = `mutation($i: ReportInput!) { report(input: $i) { id } }`;
const RESOLVE = `mutation($id: ID!, $i: ResolveCaseInput!) { resolveCase(id: $id, input: $i) { id status } }`;

describe('atomic case resolution', () => {
  let t: TestApp;
  let moderator: TestMember;
  let categoryId: string;
  const statusEvents: { event: AccountStatusChangedEvent; committedStatus: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    moderator = await registerModerator(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
    // Records each status event with what a separate connection sees at that moment.
    t.app.get(EventEmitter2).on(ACCOUNT_STATUS_CHANGED_EVENT, (event: AccountStatusChangedEvent) => {
      void t.dataSource
        .query('SELECT status FROM users WHERE id = $1', [event.userId])
        .then((rows: { status: string }[]) => statusEvents.push({ event, committedStatus: rows[0].status }));
    });
    await t.dataSource.query(`
      CREATE FUNCTION refuse_log_writes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM refuse_log) THEN
          RAISE EXCEPTION 'the moderation log refuses writes';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TABLE refuse_log (on_purpose boolean);
      CREATE TRIGGER refuse_log_writes BEFORE INSERT ON moderation_log
        FOR EACH ROW EXECUTE FUNCTION refuse_log_writes();`);
  });
  afterAll(() => t.close());

  const refuseLogWrites = (refuse: boolean) =>
    t.dataSource.query(refuse ? 'INSERT INTO refuse_log VALUES (true)' : 'DELETE FROM refuse_log');

  async function reportedPost(author: TestMember): Promise<{ postId: string; caseId: string }> {
    const { createPost } = await author.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'A hard week', body: 'Writing it down helps me.' },
    });
    const reporter = await registerMember(t.gql);
    await reporter.gql.ok(REPORT, {
      i: { contentKind: 'POST', contentId: createPost.post.id, reason: 'HARASSMENT' },
    });
    const [row] = (await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN'`,
      [createPost.post.id],
    )) as { id: string }[];
    return { postId: createPost.post.id, caseId: row.id };
  }

  const state = async (postId: string, caseId: string, userId: string) => {
    const [row] = (await t.dataSource.query(
      `SELECT p.status AS post, c.status AS "case", u.status AS account,
         (SELECT count(*)::int FROM moderation_log WHERE case_id = c.id) AS logged,
         (SELECT count(*)::int FROM moderation_notices WHERE user_id = u.id) AS notices
       FROM forum_posts p, moderation_cases c, users u WHERE p.id = $1 AND c.id = $2 AND u.id = $3`,
      [postId, caseId, userId],
    )) as Record<string, unknown>[];
    return row;
  };

  it('changes nothing when the log write fails: no removal, no ban, case open, no event', async () => {
    const author = await registerMember(t.gql);
    const removal = await reportedPost(author);
    const ban = await reportedPost(author);
    const before = await state(removal.postId, removal.caseId, author.id);
    expect(before).toEqual({ post: 'PUBLISHED', case: 'OPEN', account: 'ACTIVE', logged: 0, notices: 0 });

    await refuseLogWrites(true);
    try {
      const removed = await moderator.gql.request(RESOLVE, { id: removal.caseId, i: { action: 'REMOVE' } });
      expect(removed.errors).toHaveLength(1);
      const banned = await moderator.gql.request(RESOLVE, { id: ban.caseId, i: { action: 'BAN_USER' } });
      expect(banned.errors).toHaveLength(1);
    } finally {
      await refuseLogWrites(false);
    }
    expect(await state(removal.postId, removal.caseId, author.id)).toEqual(before);
    expect(await state(ban.postId, ban.caseId, author.id)).toEqual(before);
    // The post is still in the visitor's feed (the cache was not cleared for a change that never happened).
    const feed = await t.gql.ok<{ posts: { nodes: { id: string }[] } }>(
      '{ posts(first: 50) { nodes { id } } }',
    );
    expect(feed.posts.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([removal.postId, ban.postId]));
    // The author can still sign in and post.
    await author.gql.ok(CREATE_POST, { input: { categoryId, title: 'Still here', body: 'Still posting.' } });
    expect(statusEvents.filter((e) => e.event.userId === author.id)).toEqual([]);

    // The same decisions succeed once the log accepts writes; the event follows the commit.
    await moderator.gql.ok(RESOLVE, { id: removal.caseId, i: { action: 'REMOVE' } });
    await moderator.gql.ok(RESOLVE, { id: ban.caseId, i: { action: 'BAN_USER' } });
    expect(await state(removal.postId, removal.caseId, author.id)).toMatchObject({
      post: 'REMOVED',
      case: 'RESOLVED',
      account: 'BANNED',
      logged: 1,
    });
    await new Promise((done) => setImmediate(done));
    const deadline = Date.now() + 5_000;
    while (statusEvents.filter((e) => e.event.userId === author.id).length === 0 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 20));
    }
    expect(statusEvents.filter((e) => e.event.userId === author.id)).toEqual([
      { event: expect.objectContaining({ userId: author.id, status: 'BANNED' }), committedStatus: 'BANNED' },
    ]);
  });
});
