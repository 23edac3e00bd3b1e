import { ContentStatus } from '@haven/shared/contracts';
import {
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { createComment, createForumApp, createPost } from '../forum.fixtures';
import { commentVisibility } from './comment.visibility';
import { postVisibility } from './post.visibility';
import { Surface, Visibility, type Viewer, type VisibilityFacts } from './visibility.rules';
import {
  BLOCK_CASES,
  FILTERED_WARNING,
  ROLE_OF,
  STATUS_CASES,
  expectedVisibility,
  type BlockCase,
  type StatusCase,
  type ViewerKind,
} from './visibility.table';

// The visibility table against real PostgreSQL: for every viewer × block × filter, what the real
// queries return (the category feed, its post count, search, single reads, threads) is what the pure
// predicate says, and what the hand-written table says. So the SQL and the predicate cannot disagree.

const POST_TOKEN = 'zebrafinch';
const commentToken = (i: number) => `quokkaword${String.fromCharCode(97 + i)}`;

interface Seeded {
  status: StatusCase;
  warned: boolean;
  id: string;
}

interface Observed {
  listed: Map<string, boolean>; // id → authorBlocked, for listed posts
  count: number;
  searched: Map<string, boolean>;
  opened: Map<string, boolean | null>; // id → authorBlocked, null when not found
  thread: Map<string, boolean | null>; // comment id → authorBlocked, null when absent
  commentSearch: Set<string>; // host post ids found through their comment
}

const asVisibility = (blocked: boolean | null | undefined): Visibility =>
  blocked === null || blocked === undefined
    ? Visibility.HIDDEN
    : blocked
      ? Visibility.COLLAPSED
      : Visibility.VISIBLE;

describe('the visibility table, through the real queries', () => {
  let t: TestApp;
  let author: TestMember;
  let host: TestMember;
  let slug: string;
  const viewers = {} as Record<Exclude<ViewerKind, 'visitor' | 'author'>, TestMember>;
  const posts: Seeded[] = [];
  const comments: (Seeded & { hostId: string })[] = [];

  beforeAll(async () => {
    t = await createForumApp();
    const admin = await signInAdmin(t.gql);
    [author, host, viewers.member, viewers.moderator] = await Promise.all([
      registerMember(t.gql),
      registerMember(t.gql),
      registerMember(t.gql),
      registerModerator(t.gql),
    ]);
    viewers.admin = admin;
    slug = `visibility-${Date.now()}`;
    const { createCategory } = await admin.gql.ok<{ createCategory: { id: string } }>(
      `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`,
      { input: { slug, name: 'Visibility table' } },
    );
    const setStatus = (table: string, id: string, status: ContentStatus) =>
      t.dataSource.query(`UPDATE ${table} SET status = $2 WHERE id = $1`, [id, status]);

    for (const status of STATUS_CASES)
      for (const warned of [false, true]) {
        const { post } = await createPost(author.gql, {
          categoryId: createCategory.id,
          title: `A ${POST_TOKEN} thread`,
          body: `About a ${POST_TOKEN}.`,
          contentWarnings: warned ? [FILTERED_WARNING] : [],
        });
        if (status === 'DELETED')
          await author.gql.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id });
        else if (status !== ContentStatus.PUBLISHED) await setStatus('forum_posts', post.id, status);
        posts.push({ status, warned, id: post.id });
      }
    for (const [i, status] of STATUS_CASES.entries()) {
      const { post: hostPost } = await createPost(host.gql, {
        categoryId: createCategory.id,
        title: 'A thread for one comment',
        body: 'Replies welcome.',
      });
      const { comment } = await createComment(author.gql, hostPost.id, `A reply with ${commentToken(i)}.`);
      if (status === 'DELETED')
        await author.gql.ok(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id });
      else if (status !== ContentStatus.PUBLISHED) await setStatus('forum_comments', comment.id, status);
      comments.push({ status, warned: false, id: comment.id, hostId: hostPost.id });
    }
  }, 120_000);
  afterAll(() => t.close());

  async function observe(gql: GraphqlClient): Promise<Observed> {
    const feed = await gql.ok<{
      posts: { nodes: { id: string; authorBlocked: boolean }[] };
      category: { postCount: number };
      searchPosts: { nodes: { id: string; authorBlocked: boolean }[] };
    }>(
      `query($slug: String!, $q: String!) {
         posts(categorySlug: $slug, first: 100) { nodes { id authorBlocked } }
         category(slug: $slug) { postCount }
         searchPosts(query: $q, first: 100) { nodes { id authorBlocked } }
       }`,
      { slug, q: POST_TOKEN },
    );
    const singles = posts.map((p, i) => `p${i}: post(id: "${p.id}") { id authorBlocked }`).join('\n');
    const threads = comments
      .map((c, i) => `h${i}: post(id: "${c.hostId}") { comments(first: 10) { nodes { id authorBlocked } } }`)
      .join('\n');
    const reads = await gql.ok<
      Record<
        string,
        {
          id: string;
          authorBlocked?: boolean;
          comments?: { nodes: { id: string; authorBlocked: boolean }[] };
        } | null
      >
    >(`{ ${singles} ${threads} }`);
    const { searchPosts: commentSearch } = await gql.ok<{ searchPosts: { nodes: { id: string }[] } }>(
      `query($q: String!) { searchPosts(query: $q, first: 100) { nodes { id } } }`,
      { q: comments.map((_, i) => commentToken(i)).join(' or ') },
    );
    const listedIds = new Set(posts.map((p) => p.id));
    return {
      listed: new Map(
        feed.posts.nodes.filter((n) => listedIds.has(n.id)).map((n) => [n.id, n.authorBlocked]),
      ),
      count: feed.category.postCount,
      searched: new Map(feed.searchPosts.nodes.map((n) => [n.id, n.authorBlocked])),
      opened: new Map(posts.map((p, i) => [p.id, reads[`p${i}`] ? reads[`p${i}`]!.authorBlocked! : null])),
      thread: new Map(
        comments.map((c, i) => {
          const node = reads[`h${i}`]?.comments?.nodes.find((n) => n.id === c.id);
          return [c.id, node ? node.authorBlocked : null];
        }),
      ),
      commentSearch: new Set(commentSearch.nodes.map((n) => n.id)),
    };
  }

  function viewerOf(kind: ViewerKind): Viewer {
    if (kind === 'visitor') return null;
    const member = kind === 'author' ? author : viewers[kind];
    return { id: member.id, role: ROLE_OF[kind] };
  }

  function factsOf(item: Seeded, block: BlockCase, filtered: boolean): VisibilityFacts {
    return {
      authorId: author.id,
      status: item.status === 'DELETED' ? ContentStatus.PUBLISHED : item.status,
      deleted: item.status === 'DELETED',
      warnings: item.warned ? [FILTERED_WARNING] : [],
      hiddenWarnings: filtered ? [FILTERED_WARNING] : [],
      viewerBlocksAuthor: block === 'viewerBlocksAuthor',
    };
  }

  /** Every disagreement between what the queries returned, the predicate and the table. */
  function compare(kind: ViewerKind, block: BlockCase, filtered: boolean, seen: Observed): string[] {
    const viewer = viewerOf(kind);
    const wrong: string[] = [];
    const check = (what: string, got: Visibility, predicate: Visibility, table: Visibility) => {
      if (got !== predicate || predicate !== table)
        wrong.push(
          `${kind}/${block}/filter ${filtered}: ${what}: queries ${got}, predicate ${predicate}, table ${table}`,
        );
    };
    let listedCount = 0;
    for (const p of posts) {
      const facts = factsOf(p, block, filtered);
      const tableCase = { viewer: kind, status: p.status, block, filtered: filtered && p.warned };
      const listed = postVisibility(viewer, facts, Surface.LIST);
      if (listed !== Visibility.HIDDEN) listedCount++;
      const label = `post ${p.status}${p.warned ? ' warned' : ''}`;
      const listTable = expectedVisibility('post', { ...tableCase, surface: Surface.LIST });
      check(`${label} in the feed`, asVisibility(seen.listed.get(p.id)), listed, listTable);
      check(`${label} in search`, asVisibility(seen.searched.get(p.id)), listed, listTable);
      check(
        `${label} opened`,
        asVisibility(seen.opened.get(p.id)),
        postVisibility(viewer, facts, Surface.OPEN),
        expectedVisibility('post', { ...tableCase, surface: Surface.OPEN }),
      );
    }
    // The host posts are published, by a member nobody blocks, without warnings: all listed.
    listedCount += comments.length;
    if (seen.count !== listedCount)
      wrong.push(`${kind}/${block}/filter ${filtered}: postCount ${seen.count}, listed ${listedCount}`);
    for (const c of comments) {
      const facts = factsOf(c, block, filtered);
      const tableCase = { viewer: kind, status: c.status, block, filtered: false };
      check(
        `comment ${c.status} in its thread`,
        asVisibility(seen.thread.get(c.id)),
        commentVisibility(viewer, facts, Surface.OPEN),
        expectedVisibility('comment', { ...tableCase, surface: Surface.OPEN }),
      );
      const listed = commentVisibility(viewer, facts, Surface.LIST);
      const found = seen.commentSearch.has(c.hostId);
      if (
        found !== (listed !== Visibility.HIDDEN) ||
        listed !== expectedVisibility('comment', { ...tableCase, surface: Surface.LIST })
      )
        wrong.push(
          `${kind}/${block}/filter ${filtered}: comment ${c.status} in search: found ${found}, predicate ${listed}`,
        );
    }
    return wrong;
  }

  const setFilter = (member: TestMember, on: boolean) =>
    member.gql.ok(`mutation($w: [ContentWarning!]!) { setHiddenContentWarnings(warnings: $w) }`, {
      w: on ? [FILTERED_WARNING] : [],
    });
  const block = (by: TestMember, whom: TestMember, on: boolean) =>
    by.gql.ok(`mutation($id: ID!) { ${on ? 'blockUser' : 'unblockUser'}(userId: $id) }`, { id: whom.id });

  it('a visitor sees what the table says', async () => {
    expect(compare('visitor', 'none', false, await observe(t.gql))).toEqual([]);
  });

  it('the author sees all of their own, with or without a filter', async () => {
    const wrong: string[] = [];
    for (const filtered of [false, true]) {
      await setFilter(author, filtered);
      wrong.push(...compare('author', 'none', filtered, await observe(author.gql)));
    }
    await setFilter(author, false);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['a member', 'member'],
    ['a moderator', 'moderator'],
    ['an admin', 'admin'],
  ] as const)(
    '%s sees what the table says, for every block and filter',
    async (_, kind) => {
      const viewer = viewers[kind];
      const wrong: string[] = [];
      for (const blockCase of BLOCK_CASES) {
        if (blockCase === 'viewerBlocksAuthor') await block(viewer, author, true);
        if (blockCase === 'authorBlocksViewer') await block(author, viewer, true);
        for (const filtered of [false, true]) {
          await setFilter(viewer, filtered);
          wrong.push(...compare(kind, blockCase, filtered, await observe(viewer.gql)));
        }
        if (blockCase === 'viewerBlocksAuthor') await block(viewer, author, false);
        if (blockCase === 'authorBlocksViewer') await block(author, viewer, false);
      }
      await setFilter(viewer, false);
      expect(wrong).toEqual([]);
    },
    60_000,
  );
});
