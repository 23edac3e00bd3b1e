import {
  createTestApp,
  registerMember,
  registerModerator,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// The public profile: handle, journey stage, bio, and only what everyone may read of what the member
// shared. Never an anonymous testimonial, never held, hidden, removed or deleted content.

const PROFILE = `query($handle: String!) { user(handle: $handle) {
  handle journeyStage bio
  recentPosts { id title status }
  recentComments { id status post { id } }
  publishedTestimonials { id title anonymous status author { handle } }
} }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id status } } }`;
const SUBMIT = `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id status } } }`;
const CASES = `{ moderationQueue(first: 100, filter: { contentKind: TESTIMONIAL }) { nodes { id contentId } } }`;

interface Profile {
  handle: string;
  journeyStage: string | null;
  bio: string | null;
  recentPosts: { id: string; title: string; status: string }[];
  recentComments: { id: string; status: string; post: { id: string } }[];
  publishedTestimonials: {
    id: string;
    title: string;
    anonymous: boolean;
    status: string;
    author: { handle: string } | null;
  }[];
}

const testimonial = (title: string, anonymous: boolean) => ({
  title,
  anonymous,
  story:
    'Before treatment every morning felt heavy. After the third infusion the fog lifted for a few days, ' +
    'and by the sixth I could plan a week ahead again.',
  modality: 'IV_INFUSION',
  overallRating: 4,
  reliefOnset: 'WITHIN_DAYS',
  reliefDuration: 'MONTHS',
  sideEffects: ['DISSOCIATION'],
});

describe('a member’s public profile', () => {
  let t: TestApp;
  let moderator: TestMember;
  let categoryId: string;

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    moderator = await registerModerator(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  });
  afterAll(() => t.close());

  const post = async (gql: GraphqlClient, title: string, body = 'How the first weeks went for me.') =>
    (
      await gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
        input: { categoryId, title, body },
      })
    ).createPost.post;
  const comment = async (gql: GraphqlClient, postId: string, body: string) =>
    (
      await gql.ok<{ createComment: { comment: { id: string; status: string } } }>(CREATE_COMMENT, {
        input: { postId, body },
      })
    ).createComment.comment;
  const publish = async (gql: GraphqlClient, title: string, anonymous: boolean) => {
    const { submitTestimonial } = await gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      SUBMIT,
      { input: testimonial(title, anonymous) },
    );
    const id = submitTestimonial.testimonial.id;
    const { moderationQueue } = await moderator.gql.ok<{
      moderationQueue: { nodes: { id: string; contentId: string }[] };
    }>(CASES);
    const found = moderationQueue.nodes.find((c) => c.contentId === id)!;
    await moderator.gql.ok(`mutation($id: ID!) { claimCase(id: $id) { id } }`, { id: found.id });
    await moderator.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: APPROVE }) { id } }`, {
      id: found.id,
    });
    return id;
  };

  it('shows what everyone may read, the same to every viewer, and nothing else', async () => {
    const member = await registerMember(t.gql);
    const other = await registerMember(t.gql);
    await member.gql.ok(UPDATE_PROFILE, {
      input: { bio: 'Two years into maintenance.', journeyStage: 'MAINTENANCE' },
    });

    const shown = await post(member.gql, 'Sleep got better');
    const hidden = await post(member.gql, 'A post a moderator hid');
    const deleted = await post(member.gql, 'A post I took back');
    const held = await post(
      member.gql,
      'Cheap supply',
      'Message me for cheap ketamine, no prescription needed',
    );
    expect(held.status).toBe('PENDING_REVIEW');
    const onOther = await post(other.gql, 'Another member’s thread');

    const kept = await comment(member.gql, onOther.id, 'Thank you for sharing this.');
    const onHiddenPost = await comment(member.gql, hidden.id, 'A note under my own post.');
    const removed = await comment(member.gql, onOther.id, 'A comment a moderator removed.');
    const withdrawn = await comment(member.gql, onOther.id, 'A comment I deleted.');
    const heldComment = await comment(
      member.gql,
      onOther.id,
      'Message me for cheap ketamine, no prescription needed, cash only',
    );
    expect(heldComment.status).toBe('PENDING_REVIEW');

    await moderator.gql.ok(`mutation($id: ID!) { moderatePost(id: $id, input: { action: HIDE }) { id } }`, {
      id: hidden.id,
    });
    await moderator.gql.ok(
      `mutation($id: ID!) { moderateComment(id: $id, input: { action: REMOVE }) { id } }`,
      { id: removed.id },
    );
    await member.gql.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: deleted.id });
    await member.gql.ok(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: withdrawn.id });

    const named = await publish(member.gql, 'Lighter mornings', false);
    await publish(member.gql, 'The story I keep unnamed', true);
    await member.gql.ok(SUBMIT, { input: testimonial('Still waiting for review', false) });

    const expected: Profile = {
      handle: member.handle,
      journeyStage: 'MAINTENANCE',
      bio: 'Two years into maintenance.',
      recentPosts: [{ id: shown.id, title: 'Sleep got better', status: 'PUBLISHED' }],
      recentComments: [{ id: kept.id, status: 'PUBLISHED', post: { id: onOther.id } }],
      publishedTestimonials: [
        {
          id: named,
          title: 'Lighter mornings',
          anonymous: false,
          status: 'PUBLISHED',
          author: { handle: member.handle },
        },
      ],
    };
    // A visitor, another member, the member and a moderator see the same profile.
    for (const gql of [t.gql, other.gql, member.gql, moderator.gql]) {
      const { user } = await gql.ok<{ user: Profile }>(PROFILE, { handle: member.handle });
      expect(user).toEqual(expected);
    }
    expect(onHiddenPost.status).toBe('PUBLISHED');
  });

  it('shows the newest five of each, newest first, and answers null for an unknown handle', async () => {
    const member = await registerMember(t.gql);
    const other = await registerMember(t.gql);
    const target = await post(other.gql, 'A thread to answer');
    const posts: string[] = [];
    const comments: string[] = [];
    for (let i = 1; i <= 6; i++) {
      posts.push((await post(member.gql, `Week ${i} of treatment`)).id);
      comments.push((await comment(member.gql, target.id, `Reply number ${i}.`)).id);
    }
    const { user } = await t.gql.ok<{ user: Profile }>(PROFILE, { handle: member.handle });
    expect(user.recentPosts.map((p) => p.id)).toEqual(posts.slice(1).reverse());
    expect(user.recentComments.map((c) => c.id)).toEqual(comments.slice(1).reverse());
    expect(user.publishedTestimonials).toEqual([]);
    expect(
      (await t.gql.ok<{ user: Profile | null }>(PROFILE, { handle: 'nobody_here_at_all' })).user,
    ).toBeNull();
  });

  it('loads the profiles of a whole page of authors in a constant number of queries', async () => {
    const query = (first: number) =>
      `{ posts(first: ${first}, sort: NEWEST) { nodes { author { handle recentPosts { id } recentComments { id } publishedTestimonials { id } } } } }`;
    const members = await Promise.all([1, 2, 3, 4].map(() => registerMember(t.gql)));
    for (const m of members) await post(m.gql, 'Hello from me');
    type Page = { posts: { nodes: { author: { handle: string; recentPosts: { id: string }[] } }[] } };
    const small = await t.countQueries(() => t.gql.ok<Page>(query(2)));
    const large = await t.countQueries(() => t.gql.ok<Page>(query(4)));
    expect(large.result.posts.nodes.map((n) => n.author.handle).sort()).toEqual(
      members.map((m) => m.handle).sort(),
    );
    for (const n of large.result.posts.nodes) expect(n.author.recentPosts).toHaveLength(1);
    expect(large.queries).toBe(small.queries);
  });
});
