import { randomUUID } from 'node:crypto';
import { registerMember, type TestMember } from '@haven/server/testing';
import { APPEAL, DAY, MY_APPEALS, RESOLVE, useAppealHarness, type Notice } from '../testing/appeal-harness';

describe('appeals refused, each changing nothing', () => {
  const h = useAppealHarness();
  let author: TestMember;
  let notice: Notice;

  beforeAll(async () => {
    author = await registerMember(h.t.gql);
    ({ notice } = await h.decided(author, 'REMOVE'));
  });

  const refused = async (work: () => Promise<string | undefined>, code: string) => {
    const before = await h.counts();
    expect(await work()).toBe(code);
    expect(await h.counts()).toEqual(before);
  };

  it('an empty, blank or too long note is BAD_USER_INPUT on the note field', async () => {
    for (const note of ['', '    ', 'x'.repeat(1001)]) {
      const res = await h.appeal(author, notice.id, note);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    }
    await refused(
      () => author.gql.errorCode(APPEAL, { n: notice.id, note: 'x'.repeat(1001) }),
      'BAD_USER_INPUT',
    );
  });

  it('someone else’s notice, or one that does not exist, is NOT_FOUND; a malformed id BAD_USER_INPUT', async () => {
    const stranger = await registerMember(h.t.gql);
    await refused(() => stranger.gql.errorCode(APPEAL, { n: notice.id, note: 'Mine?' }), 'NOT_FOUND');
    await refused(() => h.second.gql.errorCode(APPEAL, { n: notice.id, note: 'Mine?' }), 'NOT_FOUND');
    await refused(() => author.gql.errorCode(APPEAL, { n: randomUUID(), note: 'Mine?' }), 'NOT_FOUND');
    await refused(() => author.gql.errorCode(APPEAL, { n: 'not-an-id', note: 'Mine?' }), 'BAD_USER_INPUT');
  });

  it('the window closes 30 days after the notice (controllable clock)', async () => {
    const late = await registerMember(h.t.gql);
    const { notice: old } = await h.decided(late, 'HIDE');
    h.clock.advance(30 * DAY + 60_000);
    const res = await h.appeal(late, old.id);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'APPEAL_WINDOW_CLOSED',
    });
    await refused(() => late.gql.errorCode(APPEAL, { n: old.id, note: 'Too late?' }), 'BAD_USER_INPUT');
    h.clock.restore();
    h.clock.advance(30 * DAY - 60_000);
    expect((await h.appeal(late, old.id)).errors).toBeUndefined();
  });

  it('a decision is appealed once: a second appeal is CONFLICT', async () => {
    const twice = await registerMember(h.t.gql);
    const { notice: n } = await h.decided(twice, 'HIDE');
    expect((await h.appeal(twice, n.id)).errors).toBeUndefined();
    await refused(() => twice.gql.errorCode(APPEAL, { n: n.id, note: 'Again' }), 'CONFLICT');
    // Two at once: still one appeal.
    const racing = await registerMember(h.t.gql);
    const { notice: r } = await h.decided(racing, 'HIDE');
    const results = await Promise.all([
      h.appeal(racing, r.id),
      h.appeal(racing, r.id),
      h.appeal(racing, r.id),
    ]);
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    expect(results.filter((x) => x.errors).map((x) => x.errors![0].extensions?.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
    ]);
    const [{ n: open }] = await h.t.dataSource.query(
      `SELECT count(*)::int AS n FROM moderation_cases c JOIN moderation_appeals a ON a.case_id = c.id
          WHERE a.user_id = $1`,
      [racing.id],
    );
    expect(open).toBe(1);
  });

  it('a notice of an approval or restoration cannot be appealed (BAD_USER_INPUT)', async () => {
    const member = await registerMember(h.t.gql);
    await h.decided(member, 'RESTORE');
    const [restored] = await h.notices(member);
    expect(restored).toMatchObject({ action: 'RESTORE', appealableUntil: null });
    await refused(() => member.gql.errorCode(APPEAL, { n: restored.id, note: 'Why?' }), 'BAD_USER_INPUT');
    // The outcome of an appeal is not appealed again.
    const again = await registerMember(h.t.gql);
    const { notice: n } = await h.decided(again, 'HIDE');
    const { data } = await h.appeal(again, n.id);
    await h.admin.gql.ok(RESOLVE, {
      id: await h.appealCaseOf(data!.appeal.id),
      i: { action: 'APPEAL_UPHELD' },
    });
    const [outcome] = await h.notices(again);
    await refused(() => again.gql.errorCode(APPEAL, { n: outcome.id, note: 'Again' }), 'BAD_USER_INPUT');
  });

  it('a visitor is UNAUTHENTICATED; a banned account is FORBIDDEN (it cannot sign in)', async () => {
    await refused(() => h.t.gql.errorCode(APPEAL, { n: notice.id, note: 'Hello' }), 'UNAUTHENTICATED');
    expect(await h.t.gql.errorCode(MY_APPEALS)).toBe('UNAUTHENTICATED');
    // A member warned, then banned: the warning was appealable, but a banned account is refused.
    const banned = await registerMember(h.t.gql);
    const { notice: warned } = await h.decided(banned, 'WARN_USER');
    const [memberCase] = await h.t.dataSource.query(
      `INSERT INTO moderation_cases (content_kind, content_id, author_id, excerpt, priority, priority_rank)
         VALUES ('USER', $1, $1, 'member', 'NORMAL', 2) RETURNING id`,
      [banned.id],
    );
    await h.acting.gql.ok(RESOLVE, { id: memberCase.id, i: { action: 'BAN_USER' } });
    await refused(() => banned.gql.errorCode(APPEAL, { n: warned.id, note: 'Please' }), 'FORBIDDEN');
    expect(await banned.gql.errorCode(MY_APPEALS)).toBe('FORBIDDEN');
  });

  it('acting on content outside the queue cannot uphold or reverse: BAD_USER_INPUT, no case opened', async () => {
    const contentId = h.posts.add(author.id, 'Untouched');
    for (const action of ['APPEAL_UPHELD', 'APPEAL_REVERSED']) {
      await refused(
        () =>
          h.second.gql.errorCode(
            `mutation($id: ID!, $i: ModerateContentInput!) { moderatePost(id: $id, input: $i) { id } }`,
            { id: contentId, i: { action } },
          ),
        'BAD_USER_INPUT',
      );
    }
  });
});
