import {
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { STARTER_CATEGORIES, seedStarterCategories } from './forum.seed';
import { createForumApp, createPost } from './forum.fixtures';

const CATEGORIES = '{ categories { id slug name description position postCount lastActivityAt } }';
const CREATE = `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id slug name description position } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCategoryInput!) { updateCategory(id: $id, input: $i) { id name position } }`;

interface Category {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  postCount: number;
  lastActivityAt: string | null;
}

describe('forum categories', () => {
  let t: TestApp;
  let admin: TestMember;
  let member: TestMember;
  let moderator: TestMember;

  beforeAll(async () => {
    t = await createForumApp();
    admin = await signInAdmin(t.gql);
    member = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  const list = async () => (await t.gql.ok<{ categories: Category[] }>(CATEGORIES)).categories;

  it('starts with the seeded categories, in order, for visitors too', async () => {
    const categories = await list();
    expect(categories.map((c) => c.slug)).toEqual(STARTER_CATEGORIES.map((c) => c.slug));
    expect(categories.map((c) => c.name)).toEqual([
      'Getting started',
      'Treatment experiences',
      'Side effects & safety',
      'Integration & therapy',
      'Caregivers & family',
      'Research & news',
    ]);
    expect(categories.map((c) => c.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(categories.every((c) => c.postCount === 0 && c.lastActivityAt === null)).toBe(true);
  });

  it('seeds idempotently: seeding again adds nothing', async () => {
    await seedStarterCategories(t.dataSource);
    await seedStarterCategories(t.dataSource);
    expect(await list()).toHaveLength(STARTER_CATEGORIES.length);
  });

  it('counts published posts and shows the latest activity', async () => {
    const [first] = await list();
    await createPost(member.gql, { categoryId: first.id });
    await createPost(member.gql, { categoryId: first.id });
    const { post } = await createPost(member.gql, { categoryId: first.id });
    await member.gql.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id });
    const [seen] = await list();
    expect(seen.postCount).toBe(2);
    expect(seen.lastActivityAt).not.toBeNull();
    const { category } = await t.gql.ok<{ category: Category | null }>(
      `query($slug: String!) { category(slug: $slug) { slug postCount } }`,
      { slug: first.slug },
    );
    expect(category).toEqual({ slug: first.slug, postCount: 2 });
    expect((await t.gql.ok<{ category: null }>(`{ category(slug: "nope") { slug } }`)).category).toBeNull();
  });

  it('lets administrators create, rename and reorder categories', async () => {
    const { createCategory } = await admin.gql.ok<{ createCategory: Category }>(CREATE, {
      i: { slug: 'Peer-Meetups', name: '  Peer   meetups ', description: 'Meet others nearby.', position: 1 },
    });
    expect(createCategory).toMatchObject({ slug: 'peer-meetups', name: 'Peer meetups', position: 1 });
    let slugs = (await list()).map((c) => c.slug);
    expect(slugs.slice(0, 3)).toEqual(['getting-started', 'peer-meetups', 'treatment-experiences']);

    const { updateCategory } = await admin.gql.ok<{ updateCategory: Category }>(UPDATE, {
      id: createCategory.id,
      i: { name: 'Meetups', position: 99 },
    });
    expect(updateCategory.name).toBe('Meetups');
    const after = await list();
    slugs = after.map((c) => c.slug);
    expect(slugs[slugs.length - 1]).toBe('peer-meetups');
    expect(after.map((c) => c.position)).toEqual(after.map((_, i) => i));

    await admin.gql.ok(UPDATE, { id: createCategory.id, i: { position: 0 } });
    expect((await list())[0].slug).toBe('peer-meetups');
  });

  it('refuses duplicates and bad input', async () => {
    expect(await admin.gql.errorCode(CREATE, { i: { slug: 'getting-started', name: 'Again' } })).toBe(
      'CONFLICT',
    );
    expect(await admin.gql.errorCode(CREATE, { i: { slug: 'has spaces', name: 'Bad slug' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await admin.gql.errorCode(CREATE, { i: { slug: 'fine-slug', name: 'x' } })).toBe('BAD_USER_INPUT');
    expect(await admin.gql.errorCode(CREATE, { i: { slug: 'fine-slug', name: 'Fine', position: -1 } })).toBe(
      'BAD_USER_INPUT',
    );
    const [first] = await list();
    expect(await admin.gql.errorCode(UPDATE, { id: first.id, i: {} })).toBe('BAD_USER_INPUT');
    expect(
      await admin.gql.errorCode(UPDATE, { id: '00000000-0000-4000-8000-000000000000', i: { name: 'Ghost' } }),
    ).toBe('NOT_FOUND');
  });

  it('refuses visitors, members and moderators', async () => {
    const input = { i: { slug: 'not-allowed', name: 'Not allowed' } };
    expect(await t.gql.errorCode(CREATE, input)).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(CREATE, input)).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(CREATE, input)).toBe('FORBIDDEN');
    const [first] = await list();
    expect(await moderator.gql.errorCode(UPDATE, { id: first.id, i: { name: 'Renamed' } })).toBe('FORBIDDEN');
  });
});
