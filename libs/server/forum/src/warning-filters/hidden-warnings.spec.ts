import { AccountStatus, ContentWarning } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import {
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { createForumApp, createPost } from '../forum.fixtures';
import { HIDDEN_WARNINGS_INPUT_MAX } from './hidden-warnings.rules';

const GET = `{ hiddenContentWarnings }`;
const SET = `mutation($w: [ContentWarning!]!) { setHiddenContentWarnings(warnings: $w) }`;
const VIEW = `query($slug: String!, $q: String!) {
  posts(categorySlug: $slug, first: 100) { nodes { id } }
  all: posts(first: 100) { nodes { id } }
  category(slug: $slug) { postCount lastActivityAt }
  categories { slug postCount }
  searchPosts(query: $q, first: 100) { nodes { id } }
}`;

interface View {
  posts: { nodes: { id: string }[] };
  all: { nodes: { id: string }[] };
  category: { postCount: number; lastActivityAt: string | null };
  categories: { slug: string; postCount: number }[];
  searchPosts: { nodes: { id: string }[] };
}

describe('content-warning filters', () => {
  let t: TestApp;
  let member: TestMember;
  let other: TestMember;
  let slug: string;
  let categoryId: string;

  beforeAll(async () => {
    t = await createForumApp();
    [member, other] = await Promise.all([registerMember(t.gql), registerMember(t.gql)]);
    const admin = await signInAdmin(t.gql);
    slug = `filters-${Date.now()}`;
    categoryId = (
      await admin.gql.ok<{ createCategory: { id: string } }>(
        `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`,
        { input: { slug, name: 'Filters' } },
      )
    ).createCategory.id;
  });
  afterAll(() => t.close());

  const hidden = async (gql: GraphqlClient) =>
    (await gql.ok<{ hiddenContentWarnings: string[] }>(GET)).hiddenContentWarnings;
  const set = async (gql: GraphqlClient, w: string[]) =>
    (await gql.ok<{ setHiddenContentWarnings: string[] }>(SET, { w })).setHiddenContentWarnings;
  const view = (gql: GraphqlClient, q = 'lanternfish') => gql.ok<View>(VIEW, { slug, q });

  it('is for signed-in members only', async () => {
    expect(await t.gql.errorCode(GET)).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(SET, { w: [ContentWarning.GRIEF] })).toBe('UNAUTHENTICATED');
  });

  it('starts empty, replaces the whole list, folds duplicates and answers in the contract order', async () => {
    const fresh = await registerMember(t.gql);
    expect(await hidden(fresh.gql)).toEqual([]);
    expect(await set(fresh.gql, ['GRIEF', 'SELF_HARM', 'GRIEF'])).toEqual(['SELF_HARM', 'GRIEF']);
    expect(await hidden(fresh.gql)).toEqual(['SELF_HARM', 'GRIEF']);
    expect(await set(fresh.gql, ['TRAUMA'])).toEqual(['TRAUMA']);
    expect(await set(fresh.gql, [])).toEqual([]);
    expect(await hidden(fresh.gql)).toEqual([]);
  });

  it('refuses unknown warnings and over-long lists, and changes nothing', async () => {
    const fresh = await registerMember(t.gql);
    await set(fresh.gql, ['GRIEF']);
    expect(await fresh.gql.errorCode(SET, { w: ['NOT_A_WARNING'] })).toBe('BAD_USER_INPUT');
    expect(await fresh.gql.errorCode(SET, { w: ['GRIEF', 'grief'] })).toBe('BAD_USER_INPUT');
    const tooMany = Array.from({ length: HIDDEN_WARNINGS_INPUT_MAX + 1 }, () => 'TRAUMA');
    expect(await fresh.gql.errorCode(SET, { w: tooMany })).toBe('BAD_USER_INPUT');
    expect(await set(fresh.gql, tooMany.slice(1))).toEqual(['TRAUMA']);
    await set(fresh.gql, ['GRIEF']);
    expect(await fresh.gql.errorCode(SET, { w: null })).toBe('BAD_USER_INPUT');
    expect(await hidden(fresh.gql)).toEqual(['GRIEF']);
  });

  it('may be set by a suspended member, a moderator and an admin; not by a banned one', async () => {
    const users = t.app.get(UsersService);
    const [suspended, banned, moderator] = await Promise.all([
      registerMember(t.gql),
      registerMember(t.gql),
      registerModerator(t.gql),
    ]);
    await users.setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    await users.setStatus(banned.id, AccountStatus.BANNED);
    expect(await set(suspended.gql, ['SELF_HARM'])).toEqual(['SELF_HARM']);
    expect(await hidden(suspended.gql)).toEqual(['SELF_HARM']);
    expect(await banned.gql.errorCode(SET, { w: ['SELF_HARM'] })).toBe('FORBIDDEN');
    expect(await set(moderator.gql, ['GRIEF'])).toEqual(['GRIEF']);
    const admin = await signInAdmin(t.gql);
    expect(await set(admin.gql, ['TRAUMA'])).toEqual(['TRAUMA']);
    await set(admin.gql, []);
  });

  it("leaves filtered posts out of that member's feeds, search and counts, and nobody else's", async () => {
    const plain = await createPost(other.gql, { categoryId, title: 'A lanternfish evening', body: 'Calm.' });
    const griefPost = await createPost(other.gql, {
      categoryId,
      title: 'Lanternfish and loss',
      body: 'About my father.',
      contentWarnings: ['GRIEF'],
    });
    const mine = await createPost(member.gql, {
      categoryId,
      title: 'My own lanternfish grief',
      body: 'Something I wrote.',
      contentWarnings: ['GRIEF'],
    });
    const ids = [plain.post.id, griefPost.post.id, mine.post.id];
    const before = await view(member.gql);
    expect(before.posts.nodes.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(before.category.postCount).toBe(3);

    await set(member.gql, ['GRIEF', 'TRAUMA']);
    const after = await view(member.gql);
    // Their own post stays: a filter never hides what you wrote.
    const expected = [plain.post.id, mine.post.id].sort();
    expect(after.posts.nodes.map((p) => p.id).sort()).toEqual(expected);
    expect(after.all.nodes.map((p) => p.id)).not.toContain(griefPost.post.id);
    expect(after.searchPosts.nodes.map((p) => p.id).sort()).toEqual(expected);
    expect(after.category.postCount).toBe(2);
    expect(after.categories.find((c) => c.slug === slug)?.postCount).toBe(2);
    // Opened directly (a link, a notification) it still shows, behind its warning.
    const { post } = await member.gql.ok<{ post: { id: string; contentWarnings: string[] } | null }>(
      `query($id: ID!) { post(id: $id) { id contentWarnings } }`,
      { id: griefPost.post.id },
    );
    expect(post).toEqual({ id: griefPost.post.id, contentWarnings: ['GRIEF'] });

    for (const gql of [other.gql, t.gql]) {
      const theirs = await view(gql);
      expect(theirs.posts.nodes.map((p) => p.id).sort()).toEqual([...ids].sort());
      expect(theirs.category.postCount).toBe(3);
    }
    await set(member.gql, []);
    expect((await view(member.gql)).category.postCount).toBe(3);
  });

  it('is separate from the always-reveal setting', async () => {
    const fresh = await registerMember(t.gql);
    await set(fresh.gql, ['SUBSTANCE_USE']);
    await fresh.gql.ok(`mutation { updateProfile(input: { revealContentWarnings: true }) { id } }`);
    expect(await hidden(fresh.gql)).toEqual(['SUBSTANCE_USE']);
    const { viewer } = await fresh.gql.ok<{ viewer: { revealContentWarnings: boolean } }>(
      `{ viewer { revealContentWarnings } }`,
    );
    expect(viewer.revealContentWarnings).toBe(true);
  });

  it('is in the data export and erased with the account', async () => {
    const fresh = await registerMember(t.gql);
    await set(fresh.gql, ['SELF_HARM', 'SUICIDAL_IDEATION']);
    const { exportMyData } = await fresh.gql.ok<{ exportMyData: string }>('{ exportMyData }');
    expect(JSON.parse(exportMyData).hiddenContentWarnings).toEqual(['SUICIDAL_IDEATION', 'SELF_HARM']);
    await fresh.gql.ok(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: fresh.password });
    const rows = await t.dataSource.query('SELECT * FROM forum_hidden_warnings WHERE user_id = $1', [
      fresh.id,
    ]);
    expect(rows).toEqual([]);
  });
});
