import { ModerationModule, moderationEntities } from '@haven/server/moderation';
import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import { categoryIdOf, createForumApp, createPost, getPost } from './forum.fixtures';

const QUEUE = `query { moderationQueue(first: 50) { nodes { id contentKind contentId sources autoFlags status } } }`;
const RESOLVE = `mutation($id: ID!, $input: ResolveCaseInput!) { resolveCase(id: $id, input: $input) { id status } }`;

interface Case {
  id: string;
  contentKind: string;
  contentId: string;
  sources: string[];
  autoFlags: string[];
  status: string;
}

describe('forum posts through the moderation queue', () => {
  let t: TestApp;
  let moderator: TestMember;
  let categoryId: string;

  beforeAll(async () => {
    t = await createForumApp({ imports: [ModerationModule], entities: moderationEntities });
    moderator = await registerModerator(t.gql);
    categoryId = await categoryIdOf(t.gql);
  });
  afterAll(() => t.close());

  const queue = async () =>
    (await moderator.gql.ok<{ moderationQueue: { nodes: Case[] } }>(QUEUE)).moderationQueue.nodes;

  it("opens a case for a new member's held post, and approving it publishes the post", async () => {
    const fresh = await registerMember(t.gql);
    const { post } = await createPost(fresh.gql, {
      categoryId,
      title: 'My clinic list',
      body: 'https://example.org',
    });
    expect(post.status).toBe('PENDING_REVIEW');
    const found = (await queue()).find((c) => c.contentId === post.id);
    expect(found).toMatchObject({ contentKind: 'POST', status: 'OPEN' });
    expect(found?.sources).toEqual(expect.arrayContaining(['NEW_MEMBER_REVIEW']));
    expect(found?.autoFlags).toContain('new-member-links');
    await moderator.gql.ok(RESOLVE, { id: found!.id, input: { action: 'APPROVE' } });
    expect((await getPost(t.gql, post.id))?.status).toBe('PUBLISHED');
  });
});
