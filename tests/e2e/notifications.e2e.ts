import {
  registerMember,
  registerModerator,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import {
  app,
  createComment as comment,
  createPost,
  listNotifications as list,
  REPLY,
  MARK,
  SET_PREF,
  WATCH_POST,
  WATCH_CATEGORY,
  REACT,
} from './notifications.documents';

// Notifications across the real domains: replies, threaded replies, mentions, reactions, testimonials,
// moderation outcomes, watched categories, muting and preferences (their cost and live delivery on two
// instances: notification-delivery.e2e.ts).

describe('notifications', () => {
  let a: TestApp;
  let categoryId: string;
  let categoryId2: string;
  let moderator: TestMember;

  beforeAll(async () => {
    a = await app();
    moderator = await registerModerator(a.gql);
    const { categories } = await a.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
    categoryId2 = categories[1].id;
  }, 90_000);
  afterAll(async () => {
    await a.close();
  });

  const post = (gql: GraphqlClient, body?: string, category = categoryId) => createPost(gql, category, body);

  it('tells the author of a post about a reply, without quoting it, and leads to the comment', async () => {
    const author = await registerMember(a.gql);
    const other = await registerMember(a.gql);
    const p = await post(author.gql);
    const c = await comment(other.gql, p.id, 'A very private sentence about my dose');
    const seen = await list(author);
    expect(seen.unreadCount).toBe(1);
    expect(seen.nodes).toEqual([
      expect.objectContaining({
        kind: 'REPLY_TO_POST',
        actor: { id: other.id, handle: other.handle },
        summary: `@${other.handle} replied to your post`,
        path: `/forum/p/${p.id}#comment-${c.id}`,
        readAt: null,
        count: 1,
      }),
    ]);
    expect(JSON.stringify(seen)).not.toContain('private sentence');
    // The commenter is not told about their own comment.
    expect((await list(other)).nodes).toHaveLength(0);
  });

  it('threads replies one level deep and tells the comment author and the thread watchers', async () => {
    const author = await registerMember(a.gql);
    const first = await registerMember(a.gql);
    const second = await registerMember(a.gql);
    const p = await post(author.gql);
    const top = await comment(first.gql, p.id);
    const { replyToComment } = await second.gql.ok<{
      replyToComment: { comment: { id: string; parentId: string } };
    }>(REPLY, { id: top.id, body: 'I felt the same.' });
    expect(replyToComment.comment.parentId).toBe(top.id);
    // A reply to a reply attaches to the top comment: never deeper than one level.
    const { replyToComment: deeper } = await first.gql.ok<{
      replyToComment: { comment: { parentId: string } };
    }>(REPLY, { id: replyToComment.comment.id, body: 'Glad it is not only me.' });
    expect(deeper.comment.parentId).toBe(top.id);

    const firstSeen = await list(first);
    expect(firstSeen.nodes.map((n) => n.kind)).toEqual(['REPLY_TO_COMMENT']);
    expect(firstSeen.nodes[0].summary).toBe(`@${second.handle} replied to your comment`);
    // second commented, so watches the thread: first's answer reaches them as a reply in the thread.
    const secondSeen = await list(second);
    expect(secondSeen.nodes[0]).toMatchObject({
      kind: 'REPLY_TO_POST',
      summary: `@${first.handle} replied in a thread you follow`,
    });
    expect((await list(author)).nodes.map((n) => n.kind)).toEqual([
      'REPLY_TO_POST',
      'REPLY_TO_POST',
      'REPLY_TO_POST',
    ]);
  });

  it('refuses replies to unknown or malformed comments with clear errors', async () => {
    const member = await registerMember(a.gql);
    expect(await member.gql.errorCode(REPLY, { id: 'nope', body: 'x' })).toBe('BAD_USER_INPUT');
    expect(
      await member.gql.errorCode(REPLY, { id: '00000000-0000-4000-8000-000000000000', body: 'Hello there' }),
    ).toBe('NOT_FOUND');
    expect(await a.gql.errorCode(REPLY, { id: '00000000-0000-4000-8000-000000000000', body: 'Hi' })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('tells mentioned members once, not the author, and not for an e-mail address', async () => {
    const author = await registerMember(a.gql);
    const named = await registerMember(a.gql);
    const p = await post(
      author.gql,
      `Thanks @${named.handle} and @${named.handle.toUpperCase()} and @${author.handle}, mail x@${named.handle}`,
    );
    const seen = await list(named);
    expect(seen.nodes).toEqual([
      expect.objectContaining({
        kind: 'MENTION',
        path: `/forum/p/${p.id}`,
        summary: `@${author.handle} mentioned you in a post`,
      }),
    ]);
    expect((await list(author)).nodes).toHaveLength(0);
    const c = await comment(author.gql, p.id, `@${named.handle} what do you think?`);
    const again = await list(named);
    expect(again.nodes[0]).toMatchObject({ kind: 'MENTION', path: `/forum/p/${p.id}#comment-${c.id}` });
  });

  it('groups reactions to the same content into one entry that counts people', async () => {
    const author = await registerMember(a.gql);
    const p = await post(author.gql);
    const fans = [await registerMember(a.gql), await registerMember(a.gql), await registerMember(a.gql)];
    for (const fan of fans) await fan.gql.ok(REACT, { kind: 'POST', id: p.id, reaction: 'SUPPORT' });
    // Toggling off and on again does not count the same person twice.
    await fans[0].gql.ok(REACT, { kind: 'POST', id: p.id, reaction: 'SUPPORT' });
    await fans[0].gql.ok(REACT, { kind: 'POST', id: p.id, reaction: 'SUPPORT' });
    const seen = await list(author);
    expect(seen.nodes).toEqual([
      expect.objectContaining({ kind: 'REACTION', count: 3, summary: '3 people sent support to your post' }),
    ]);
    expect(seen.unreadCount).toBe(1);
    // Once read, a new reaction starts a new entry.
    await author.gql.ok(MARK, {});
    await fans[1].gql.ok(REACT, { kind: 'POST', id: p.id, reaction: 'HUG' });
    const later = await list(author, { unread: true });
    expect(later.nodes).toEqual([
      expect.objectContaining({ count: 1, summary: `@${fans[1].handle} sent a hug for your post` }),
    ]);
  });

  it('tells of new posts in a watched category, and mute and preferences silence', async () => {
    const watcher = await registerMember(a.gql);
    const author = await registerMember(a.gql);
    const { setCategoryWatch } = await watcher.gql.ok<{ setCategoryWatch: { viewerWatch: string } }>(
      WATCH_CATEGORY,
      { id: categoryId2, level: 'WATCHING' },
    );
    expect(setCategoryWatch.viewerWatch).toBe('WATCHING');
    const p = await post(author.gql, 'Something new.', categoryId2);
    expect((await list(watcher)).nodes[0]).toMatchObject({
      kind: 'NEW_POST_IN_CATEGORY',
      path: `/forum/p/${p.id}`,
    });
    expect((await list(watcher)).nodes[0].summary).toMatch(new RegExp(`^@${author.handle} posted in `));

    // Muting the thread stops replies and mentions from it.
    const { setPostWatch } = await author.gql.ok<{ setPostWatch: { viewerWatch: string } }>(WATCH_POST, {
      id: p.id,
      level: 'MUTED',
    });
    expect(setPostWatch.viewerWatch).toBe('MUTED');
    await comment(watcher.gql, p.id, `@${author.handle} hello`);
    expect((await list(author)).nodes).toHaveLength(0);

    // OFF for a kind: nothing; IN_APP again: back.
    const prefs = await watcher.gql.ok<{ setNotificationPreference: { kind: string; delivery: string }[] }>(
      SET_PREF,
      {
        kind: 'REPLY_TO_POST',
        delivery: 'OFF',
      },
    );
    expect(prefs.setNotificationPreference).toContainEqual({ kind: 'REPLY_TO_POST', delivery: 'OFF' });
    const before = (await list(watcher)).nodes.length;
    await author.gql.ok(WATCH_POST, { id: p.id, level: 'WATCHING' });
    await comment(author.gql, p.id);
    expect((await list(watcher)).nodes).toHaveLength(before);
    const { notificationPreferences } = await watcher.gql.ok<{
      notificationPreferences: { kind: string; delivery: string }[];
    }>(`{ notificationPreferences { kind delivery } }`);
    expect(notificationPreferences).toHaveLength(9);
    expect(notificationPreferences).toContainEqual({ kind: 'MENTION', delivery: 'IN_APP' });
  });

  it('never tells of held content, and drops entries whose content was hidden since', async () => {
    const author = await registerMember(a.gql);
    const other = await registerMember(a.gql);
    const p = await post(author.gql);
    const held = await comment(
      other.gql,
      p.id,
      'Message me for cheap ketamine, no prescription needed, cash only',
    );
    expect(held.status).toBe('PENDING_REVIEW');
    expect((await list(author)).nodes).toHaveLength(0);

    const visible = await comment(other.gql, p.id, 'An ordinary reply.');
    expect((await list(author)).unreadCount).toBe(1);
    const { moderationQueue } = await moderator.gql.ok<{
      moderationQueue: { nodes: { id: string; contentId: string }[] };
    }>(`{ moderationQueue(first: 100) { nodes { id contentId } } }`);
    await author.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'COMMENT', contentId: visible.id, reason: 'SPAM' },
    });
    const cases = await moderator.gql.ok<{ moderationQueue: { nodes: { id: string; contentId: string }[] } }>(
      `{ moderationQueue(first: 100) { nodes { id contentId } } }`,
    );
    const found = cases.moderationQueue.nodes.find((c) => c.contentId === visible.id)!;
    expect(moderationQueue.nodes.find((c) => c.contentId === visible.id)).toBeUndefined();
    await moderator.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: HIDE }) { id } }`, {
      id: found.id,
    });
    const seen = await list(author);
    expect(seen.nodes).toHaveLength(0);
    expect(seen.unreadCount).toBe(0);
    // The author of the hidden comment is told, as a moderation outcome leading to the notices page.
    const outcome = (await list(other)).nodes.find((n) => n.kind === 'MODERATION_OUTCOME');
    expect(outcome).toMatchObject({
      path: '/notices',
      actor: null,
      summary: expect.stringContaining('hid your comment'),
    });
    // The existing notices contract still works.
    const { myNotices } = await other.gql.ok<{ myNotices: { unreadCount: number } }>(
      `{ myNotices { unreadCount } }`,
    );
    // Told that the held comment waits for review, and that the other was hidden.
    expect(myNotices.unreadCount).toBe(2);
  });

  it('tells the author their anonymous testimonial was published, naming no one', async () => {
    const author = await registerMember(a.gql);
    const { submitTestimonial } = await author.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id } } }`,
      {
        input: {
          title: 'The fog lifted, slowly',
          story:
            'Before treatment every morning felt heavy. After the third infusion the fog lifted for a few days, ' +
            'and by the sixth I could plan a week ahead again.',
          modality: 'IV_INFUSION',
          overallRating: 5,
          reliefOnset: 'WITHIN_DAYS',
          reliefDuration: 'MONTHS',
          sideEffects: ['DISSOCIATION'],
          anonymous: true,
        },
      },
    );
    const id = submitTestimonial.testimonial.id;
    const cases = await moderator.gql.ok<{ moderationQueue: { nodes: { id: string; contentId: string }[] } }>(
      `{ moderationQueue(first: 100, filter: { contentKind: TESTIMONIAL }) { nodes { id contentId } } }`,
    );
    const found = cases.moderationQueue.nodes.find((c) => c.contentId === id)!;
    await moderator.gql.ok(`mutation($id: ID!) { claimCase(id: $id) { id } }`, { id: found.id });
    await moderator.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: APPROVE }) { id } }`, {
      id: found.id,
    });
    const seen = await list(author);
    expect(seen.nodes).toEqual([
      expect.objectContaining({
        kind: 'TESTIMONIAL_PUBLISHED',
        actor: null,
        summary: 'Your testimonial was published',
        path: `/testimonials/${id}`,
      }),
    ]);
    expect(JSON.stringify(seen)).not.toContain('fog');
  });
});
