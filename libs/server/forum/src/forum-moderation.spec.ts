import { ContentKind } from '@haven/shared/contracts';
import { ModeratedContentRegistry, type ModeratedContentHandler, runDecision } from '@haven/server/core';
import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import { categoryIdOf, createComment, createForumApp, createPost, getPost } from './forum.fixtures';

describe('forum content under moderation', () => {
  let t: TestApp;
  let author: TestMember;
  let moderator: TestMember;
  let categoryId: string;
  let posts: ModeratedContentHandler;
  let comments: ModeratedContentHandler;
  const context = () => ({ actorId: moderator.id, note: null });

  beforeAll(async () => {
    t = await createForumApp({ env: { FEED_CACHE_SECONDS: '60' } });
    author = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    categoryId = await categoryIdOf(t.gql);
    const registry = t.app.get(ModeratedContentRegistry);
    posts = registry.handlerFor(ContentKind.POST);
    comments = registry.handlerFor(ContentKind.COMMENT);
  });
  afterAll(() => t.close());

  it('describes posts and comments in one batch, skipping unknown and malformed ids', async () => {
    const { post } = await createPost(author.gql, { categoryId, title: 'Described post', body: 'Its body' });
    const { comment } = await createComment(author.gql, post.id, 'Described comment');
    const described = await posts.describe([post.id, 'nope', '00000000-0000-4000-8000-000000000000']);
    expect([...described.keys()]).toEqual([post.id]);
    expect(described.get(post.id)).toMatchObject({
      authorId: author.id,
      excerpt: 'Described post Its body',
      status: 'PUBLISHED',
      context: { title: 'Described post', categoryId },
    });
    const describedComment = (await comments.describe([comment.id])).get(comment.id);
    expect(describedComment).toMatchObject({ excerpt: 'Described comment', context: { postId: post.id } });
  });

  it('approves a held post, hides, removes and restores it; visitors follow at once', async () => {
    const fresh = await registerMember(t.gql);
    const { post } = await createPost(fresh.gql, {
      categoryId,
      title: 'Held for a link',
      body: 'https://example.org',
    });
    const visitorIds = async () =>
      (
        await t.gql.ok<{ posts: { nodes: { id: string }[] } }>('{ posts(first: 50) { nodes { id } } }')
      ).posts.nodes.map((n) => n.id);
    expect(await visitorIds()).not.toContain(post.id);
    await runDecision(t.dataSource, (tx) => posts.apply(post.id, 'APPROVE', context(), tx));
    expect((await getPost(t.gql, post.id))?.status).toBe('PUBLISHED');
    expect(await visitorIds()).toContain(post.id);
    await runDecision(t.dataSource, (tx) => posts.apply(post.id, 'HIDE', context(), tx));
    expect(await getPost(t.gql, post.id)).toBeNull();
    expect(await visitorIds()).not.toContain(post.id);
    expect((await getPost(fresh.gql, post.id))?.status).toBe('HIDDEN');
    await runDecision(t.dataSource, (tx) => posts.apply(post.id, 'REMOVE', context(), tx));
    expect((await getPost(moderator.gql, post.id))?.status).toBe('REMOVED');
    await runDecision(t.dataSource, (tx) => posts.apply(post.id, 'RESTORE', context(), tx));
    expect((await getPost(t.gql, post.id))?.status).toBe('PUBLISHED');
    await expect(
      runDecision(t.dataSource, (tx) =>
        posts.apply('00000000-0000-4000-8000-000000000000', 'HIDE', context(), tx),
      ),
    ).rejects.toThrow(/not found/);
  });

  it('keeps the comment count exact as comments are hidden and restored', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment } = await createComment(author.gql, post.id, 'One');
    await createComment(author.gql, post.id, 'Two');
    await runDecision(t.dataSource, (tx) => comments.apply(comment.id, 'HIDE', context(), tx));
    await runDecision(t.dataSource, (tx) => comments.apply(comment.id, 'HIDE', context(), tx));
    expect((await getPost(t.gql, post.id))?.commentCount).toBe(1);
    await runDecision(t.dataSource, (tx) => comments.apply(comment.id, 'RESTORE', context(), tx));
    await runDecision(t.dataSource, (tx) => comments.apply(comment.id, 'APPROVE', context(), tx));
    expect((await getPost(t.gql, post.id))?.commentCount).toBe(2);
  });
});
