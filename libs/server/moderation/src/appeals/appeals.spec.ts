import { ContentKind } from '@haven/shared/contracts';
import { CONTENT_SUBMITTED_EVENT, type ContentSubmittedEvent } from '@haven/server/core';
import { registerMember } from '@haven/server/testing';
import { CASE, CLAIM, DAY, MY_APPEALS, RESOLVE, VIEWER, useAppealHarness } from '../testing/appeal-harness';

describe('appeals of moderation decisions', () => {
  const h = useAppealHarness();

  it('opens an APPEAL case from the notice, shown on the notice and in the member’s appeals', async () => {
    const author = await registerMember(h.t.gql);
    const { contentId, notice } = await h.decided(author, 'REMOVE');
    expect(notice.appealableUntil).toBe(new Date(Date.parse(notice.createdAt) + 30 * DAY).toISOString());
    expect(notice.appeal).toBeNull();

    const res = await h.appeal(author, notice.id, '  I was quoting the crisis line, not selling anything.  ');
    expect(res.errors).toBeUndefined();
    expect(res.data!.appeal).toMatchObject({
      noticeId: notice.id,
      status: 'OPEN',
      note: 'I was quoting the crisis line, not selling anything.',
      decidedAt: null,
      appealedAction: 'REMOVE',
      decisionNote: null,
    });
    const caseId = await h.appealCaseOf(res.data!.appeal.id);
    const { moderationCase } = await h.second.gql.ok<{ moderationCase: Record<string, unknown> }>(CASE, {
      id: caseId,
    });
    expect(moderationCase).toMatchObject({
      status: 'OPEN',
      sources: ['APPEAL'],
      contentKind: 'POST',
      contentId,
      author: { id: author.id },
      appeal: { note: 'I was quoting the crisis line, not selling anything.', appealedAction: 'REMOVE' },
      appealedDecision: { action: 'REMOVE', note: 'Against the guidelines.', actor: { id: h.acting.id } },
    });
    expect((await h.notices(author)).find((n) => n.id === notice.id)!.appeal).toEqual({
      id: res.data!.appeal.id,
      status: 'OPEN',
    });
    const { myAppeals } = await author.gql.ok<{ myAppeals: { id: string }[] }>(MY_APPEALS);
    expect(myAppeals.map((a) => a.id)).toEqual([res.data!.appeal.id]);
    // Nobody else sees it.
    const other = await registerMember(h.t.gql);
    expect((await other.gql.ok<{ myAppeals: unknown[] }>(MY_APPEALS)).myAppeals).toEqual([]);
  });

  it('the moderator who took the decision can neither claim nor resolve the appeal; nothing changes', async () => {
    const author = await registerMember(h.t.gql);
    const { contentId, notice } = await h.decided(author, 'HIDE');
    const { data } = await h.appeal(author, notice.id);
    const caseId = await h.appealCaseOf(data!.appeal.id);
    const before = await h.counts();

    expect(await h.acting.gql.errorCode(CLAIM, { id: caseId })).toBe('FORBIDDEN');
    for (const action of ['APPEAL_UPHELD', 'APPEAL_REVERSED']) {
      expect(await h.acting.gql.errorCode(RESOLVE, { id: caseId, i: { action } })).toBe('FORBIDDEN');
    }
    expect(await h.counts()).toEqual(before);
    expect(h.posts.items.get(contentId)!.status).toBe('HIDDEN');
    const [row] = await h.t.dataSource.query(
      `SELECT status, assignee_id FROM moderation_cases WHERE id = $1`,
      [caseId],
    );
    expect(row).toEqual({ status: 'OPEN', assignee_id: null });
    // Any other moderator may take it.
    const claimed = await h.second.gql.ok<{ claimCase: { assignee: { id: string } } }>(CLAIM, { id: caseId });
    expect(claimed.claimCase.assignee.id).toBe(h.second.id);
  });

  it('an APPEAL case is resolved by upholding or reversing only, and only an appeal is', async () => {
    const author = await registerMember(h.t.gql);
    const { notice, contentId } = await h.decided(author, 'REMOVE');
    const { data } = await h.appeal(author, notice.id);
    const caseId = await h.appealCaseOf(data!.appeal.id);
    for (const action of ['RESTORE', 'DISMISS', 'HIDE', 'WARN_USER']) {
      expect(await h.second.gql.errorCode(RESOLVE, { id: caseId, i: { action } })).toBe('BAD_USER_INPUT');
    }
    const other = h.posts.add(author.id, 'Another post');
    await h.events.emitAsync(CONTENT_SUBMITTED_EVENT, {
      kind: ContentKind.POST,
      id: other,
      authorId: author.id,
      excerpt: 'Another post',
      edited: false,
      assessment: {
        crisisDetected: false,
        heldForReview: true,
        blocked: false,
        autoFlags: [],
        priority: null,
        addWarnings: [],
      },
    } satisfies ContentSubmittedEvent);
    const [{ id: plainCase }] = await h.t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN'`,
      [other],
    );
    expect(await h.second.gql.errorCode(RESOLVE, { id: plainCase, i: { action: 'APPEAL_REVERSED' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(h.posts.items.get(contentId)!.status).toBe('REMOVED');
  });

  it('reversing restores the content, logs APPEAL_REVERSED and tells the member after the commit', async () => {
    const author = await registerMember(h.t.gql);
    const { contentId, notice } = await h.decided(author, 'REMOVE');
    const { data } = await h.appeal(author, notice.id);
    const caseId = await h.appealCaseOf(data!.appeal.id);
    h.notified.length = 0;

    const res = await h.second.gql.request(RESOLVE, {
      id: caseId,
      i: { action: 'APPEAL_REVERSED', note: 'You were right: that was a crisis line.' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      resolveCase: { id: caseId, status: 'RESOLVED', resolution: 'APPEAL_REVERSED' },
    });
    expect(h.posts.items.get(contentId)!.status).toBe('PUBLISHED');
    expect(h.posts.applied.at(-1)).toEqual({ id: contentId, outcome: 'RESTORE', actorId: h.second.id });

    const { myAppeals } = await author.gql.ok<{ myAppeals: Record<string, unknown>[] }>(MY_APPEALS);
    expect(myAppeals[0]).toMatchObject({
      status: 'REVERSED',
      decidedAt: expect.any(String),
      decisionNote: 'You were right: that was a crisis line.',
    });
    const log = await h.t.dataSource.query(
      `SELECT action, actor_id, target_user_id, content_id FROM moderation_log WHERE case_id = $1`,
      [caseId],
    );
    expect(log).toEqual([
      { action: 'APPEAL_REVERSED', actor_id: h.second.id, target_user_id: author.id, content_id: contentId },
    ]);
    const [told] = await h.notices(author);
    expect(told).toMatchObject({
      action: 'APPEAL_REVERSED',
      message: expect.stringContaining('your post is visible again'),
      note: 'You were right: that was a crisis line.',
      contentKind: 'POST',
      contentId,
      appealableUntil: null,
    });
    expect(h.notified).toEqual([
      expect.objectContaining({
        recipientIds: [author.id],
        kind: 'MODERATION_OUTCOME',
        actorId: null,
        data: expect.objectContaining({ action: 'APPEAL_REVERSED', path: '/notices' }),
      }),
    ]);
    // Decided once: the case and the appeal are closed.
    expect(await h.admin.gql.errorCode(RESOLVE, { id: caseId, i: { action: 'APPEAL_UPHELD' } })).toBe(
      'CONFLICT',
    );
  });

  it('upholding changes nothing but the appeal, the log and the member’s notice', async () => {
    const author = await registerMember(h.t.gql);
    const { contentId, notice } = await h.decided(author, 'HIDE');
    const { data } = await h.appeal(author, notice.id);
    const caseId = await h.appealCaseOf(data!.appeal.id);
    const applied = h.posts.applied.length;
    expect((await h.admin.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_UPHELD' } })).errors).toBe(
      undefined,
    );
    expect(h.posts.items.get(contentId)!.status).toBe('HIDDEN');
    expect(h.posts.applied).toHaveLength(applied);
    const [told] = await h.notices(author);
    expect(told).toMatchObject({ action: 'APPEAL_UPHELD', message: expect.stringContaining('upheld') });
    expect((await author.gql.ok<{ myAppeals: { status: string }[] }>(MY_APPEALS)).myAppeals[0].status).toBe(
      'UPHELD',
    );
    expect(
      await h.t.dataSource.query(`SELECT action, actor_id FROM moderation_log WHERE case_id = $1`, [caseId]),
    ).toEqual([{ action: 'APPEAL_UPHELD', actor_id: h.admin.id }]);
  });

  it('a suspended member appeals from the suspension notice; reversing lifts the suspension', async () => {
    const author = await registerMember(h.t.gql);
    const { notice } = await h.decided(author, 'SUSPEND_USER', { suspendDays: 7 });
    expect(notice.action).toBe('SUSPEND_USER');
    expect((await author.gql.ok<{ viewer: { status: string } }>(VIEWER)).viewer.status).toBe('SUSPENDED');

    const res = await h.appeal(author, notice.id, 'Please look again: I was describing my own treatment.');
    expect(res.errors).toBeUndefined();
    expect((await author.gql.ok<{ myAppeals: { status: string }[] }>(MY_APPEALS)).myAppeals).toHaveLength(1);
    const caseId = await h.appealCaseOf(res.data!.appeal.id);
    expect(await h.acting.gql.errorCode(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).toBe(
      'FORBIDDEN',
    );
    expect(
      (await h.second.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).errors,
    ).toBeUndefined();
    expect(
      (await author.gql.ok<{ viewer: { status: string; suspendedUntil: string | null } }>(VIEWER)).viewer,
    ).toEqual({ status: 'ACTIVE', suspendedUntil: null });
    expect((await h.notices(author))[0].message).toContain('your suspension is lifted');
  });

  it('reversing a suspension lifts only the suspension it set, not a later one', async () => {
    const author = await registerMember(h.t.gql);
    const first = await h.decided(author, 'SUSPEND_USER', { suspendDays: 3 });
    const { data } = await h.appeal(author, first.notice.id);
    await h.decided(author, 'SUSPEND_USER', { suspendDays: 30 });
    const before = (await author.gql.ok<{ viewer: { suspendedUntil: string } }>(VIEWER)).viewer;
    const caseId = await h.appealCaseOf(data!.appeal.id);
    expect(
      (await h.second.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).errors,
    ).toBeUndefined();
    expect((await author.gql.ok<{ viewer: unknown }>(VIEWER)).viewer).toEqual({
      status: 'SUSPENDED',
      suspendedUntil: before.suspendedUntil,
    });
  });

  it('reversing a warning withdraws it', async () => {
    const author = await registerMember(h.t.gql);
    const { notice } = await h.decided(author, 'WARN_USER');
    const { data } = await h.appeal(author, notice.id);
    const caseId = await h.appealCaseOf(data!.appeal.id);
    expect(
      (await h.second.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).errors,
    ).toBeUndefined();
    expect((await h.notices(author))[0]).toMatchObject({
      action: 'APPEAL_REVERSED',
      message: expect.stringContaining('the warning is withdrawn'),
    });
  });

  it('an open appeal stands beside a new case on the same content; neither joins the other', async () => {
    const author = await registerMember(h.t.gql);
    const { contentId, notice } = await h.decided(author, 'HIDE');
    const { data } = await h.appeal(author, notice.id);
    await h.events.emitAsync(CONTENT_SUBMITTED_EVENT, {
      kind: ContentKind.POST,
      id: contentId,
      authorId: author.id,
      excerpt: 'Edited text',
      edited: true,
      assessment: {
        crisisDetected: false,
        heldForReview: true,
        blocked: false,
        autoFlags: ['drug-sourcing'],
        priority: null,
        addWarnings: [],
      },
    } satisfies ContentSubmittedEvent);
    const open = await h.t.dataSource.query(
      `SELECT id, appeal, sources FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN' ORDER BY appeal`,
      [contentId],
    );
    expect(open).toEqual([
      { id: expect.any(String), appeal: false, sources: ['AUTO_FILTER'] },
      { id: await h.appealCaseOf(data!.appeal.id), appeal: true, sources: ['APPEAL'] },
    ]);
  });
});
