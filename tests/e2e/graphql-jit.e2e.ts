// Queries run compiled by graphql-jit (`JitExecutor`). Each operation of a sweep, for a visitor, a
// member and a moderator, must give the same data and the same errors (message, path, locations,
// extensions and the error behind them) as graphql-js gives with the same schema, resolvers and
// context; over HTTP, request errors and resolver errors keep their codes and statuses.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getOperationAST,
  parse,
  validate,
  execute,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLObjectType,
} from 'graphql';
import { JitExecutor, RequestLoaders, type Actor } from '@haven/server/core';
import {
  createTestApp,
  registerMember,
  registerModerator,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

const POST_FIELDS = `id title bodyHtml excerpt tags contentWarnings status commentCount createdAt lastActivityAt
  author { id handle journeyStage role deleted } category { id slug name archived }
  reactions { kind count } viewerReactions authorBlocked`;

/** [name, query, variables]: successes, empty answers, resolver errors, partial errors, request errors. */
const SWEEP: [string, string, Record<string, unknown>?][] = [
  ['the feed', `{ posts(first: 20) { nodes { ${POST_FIELDS} } pageInfo { endCursor hasNextPage } } }`],
  [
    'a feed page with variables, fragments, aliases and directives',
    `query Feed($first: Int, $sort: PostSort, $withAuthor: Boolean!) {
       latest: posts(first: $first, sort: $sort) { nodes { ...P author @include(if: $withAuthor) { handle } } }
       all: posts { pageInfo { hasNextPage } }
     }
     fragment P on Post { id title __typename category @skip(if: $withAuthor) { slug } }`,
    { first: 5, sort: 'NEWEST', withAuthor: true },
  ],
  [
    'one post with its comments',
    'query($id: ID!) { post(id: $id) { id title comments(first: 2) { nodes { id bodyHtml author { handle } } pageInfo { hasNextPage endCursor } } } }',
  ],
  ['a post that does not exist', '{ post(id: "00000000-0000-4000-8000-000000000000") { id } }'],
  ['a malformed post id', '{ post(id: "nope") { id } }'],
  ['a page size out of range', '{ posts(first: 0) { nodes { id } } }'],
  ['a forged cursor', '{ posts(after: "forged") { nodes { id } } }'],
  ['a tag that is not one', '{ posts(tag: "not a tag!") { nodes { id } } }'],
  ['categories', '{ categories { id slug name description position archived } }'],
  ['a category', 'query($slug: String!) { category(slug: $slug) { id name } }', { slug: 'no-such-category' }],
  ['the viewer', '{ viewer { email status user { id handle role } } }'],
  ['an answer refused to visitors', '{ categories { slug } blockedUsers { id } hiddenContentWarnings }'],
  ['a member by handle', 'query($h: String!) { user(handle: $h) { id handle bio role } }'],
  ['a moderator-only list', '{ searchMembers(query: "member") { nodes { id handle } } }'],
  ['a search', '{ searchPosts(query: "thread") { nodes { id title searchSnippet { html } } } }'],
  ['introspection of a type', '{ __type(name: "Post") { name fields { name } } }'],
  ['a wrongly typed variable', 'query($n: Int) { posts(first: $n) { nodes { id } } }', { n: 'many' }],
  ['a missing required variable', 'query($h: String!) { user(handle: $h) { id } }', {}],
];

interface Comparable {
  data: unknown;
  errors?: unknown[];
}

function comparable(result: ExecutionResult): Comparable {
  return {
    data: result.data,
    errors: result.errors?.map((e: GraphQLError) => ({
      ...e.toJSON(),
      original: e.originalError ? [e.originalError.constructor.name, e.originalError.message] : null,
    })),
  };
}

describe('queries compiled by graphql-jit', () => {
  let t: TestApp;
  let member: TestMember;
  let moderator: TestMember;
  let postId: string;

  beforeAll(async () => {
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { FEED_CACHE_SECONDS: '0' },
    });
    member = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>('{ categories { id } }');
    for (let i = 0; i < 3; i++) {
      const { createPost } = await member.gql.ok<{ createPost: { post: { id: string } } }>(
        'mutation($i: CreatePostInput!) { createPost(input: $i) { post { id } } }',
        {
          i: {
            categoryId: categories[0].id,
            title: `A thread about sleep ${i}`,
            body: 'It went well for me.',
          },
        },
      );
      postId = createPost.post.id;
    }
    for (let i = 0; i < 3; i++) {
      await moderator.gql.ok(
        'mutation($i: CreateCommentInput!) { createComment(input: $i) { comment { id } } }',
        {
          i: { postId, body: `Thank you for sharing ${i}.` },
        },
      );
    }
    await moderator.gql.ok(
      'mutation($id: ID!) { toggleReaction(kind: POST, id: $id, reaction: HUG) { kind count } }',
      {
        id: postId,
      },
    );
  });
  afterAll(() => t.close());

  async function actorOf(who: TestMember | null): Promise<Actor | null> {
    if (!who) return null;
    const [row] = await t.dataSource.query<Actor[]>(
      `SELECT id, handle, role, status, suspended_until AS "suspendedUntil", created_at AS "createdAt"
         FROM users WHERE id = $1`,
      [who.id],
    );
    return row;
  }

  const readers: [string, () => TestMember | null][] = [
    ['a visitor', () => null],
    ['a member', () => member],
    ['a moderator', () => moderator],
  ];
  it.each(readers)('gives %s the same answers as graphql-js', async (_who, who) => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const jit = new JitExecutor(schema);
    const actor = await actorOf(who());
    const contextFor = () => ({
      req: { headers: {}, actor, sessionId: actor ? 'a-session' : null },
      res: {},
      loaders: new RequestLoaders(),
    });
    for (const [name, query, given] of SWEEP) {
      const variables = given ?? { id: postId, h: member.handle };
      const document = parse(query);
      expect([name, validate(schema, document)]).toEqual([name, []]);
      const operation = getOperationAST(document, null);
      const expected = await execute({
        schema,
        document,
        contextValue: contextFor(),
        variableValues: variables,
      });
      const context = contextFor();
      const run = (): Promise<ExecutionResult> =>
        jit.execute({
          request: { query, variables },
          document,
          operation,
          operationName: operation?.name?.value ?? null,
          context,
        } as unknown as Parameters<JitExecutor['execute']>[0]);
      const actual = await run();
      expect([name, comparable(actual)]).toEqual([name, comparable(expected)]);
      // Compiled once per document: the second run reuses it and still answers the same.
      context.loaders = new RequestLoaders();
      expect([name, comparable(await run())]).toEqual([name, comparable(expected)]);
    }
  });

  it('reads plain fields as properties and keeps every resolver of its own', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const field = (type: string, name: string) =>
      (schema.getType(type) as GraphQLObjectType).getFields()[name].resolve;
    expect([field('ReactionCount', 'kind'), field('Post', 'title'), field('Category', 'slug')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([field('Post', 'author'), field('Post', 'reactions'), field('Query', 'posts')]).toEqual([
      expect.any(Function),
      expect.any(Function),
      expect.any(Function),
    ]);
  });

  it('keeps the codes and statuses of request and resolver errors over HTTP', async () => {
    const wrongType = await t.gql.request('query($n: Int) { posts(first: $n) { nodes { id } } }', { n: 'x' });
    expect([wrongType.status, wrongType.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const outOfRange = await t.gql.request('{ posts(first: 0) { nodes { id } } }');
    expect([outOfRange.status, outOfRange.errors?.[0].extensions?.code]).toEqual([200, 'BAD_USER_INPUT']);
    const visitor = await t.gql.request('{ categories { slug } blockedUsers { id } }');
    expect(visitor.errors?.map((e) => [(e as { path?: unknown }).path, e.extensions?.code])).toEqual([
      [['blockedUsers'], 'UNAUTHENTICATED'],
    ]);
    expect(visitor.data).toBeNull();
    const forbidden = await member.gql.request('{ searchMembers(query: "member") { nodes { id } } }');
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { posts } = await member.gql.ok<{ posts: { nodes: { id: string; author: { id: string } }[] } }>(
      '{ posts(first: 3) { nodes { id author { id } } } }',
    );
    expect(posts.nodes.map((n) => n.author.id)).toEqual([member.id, member.id, member.id]);
  });

  it('refuses an inline string with a NUL byte or a lone surrogate each time it is sent', async () => {
    for (const literal of ['calm\\u0000words', 'calm\\ud800words']) {
      const query = `{ posts(tag: "${literal}") { nodes { id } } }`;
      for (let i = 0; i < 2; i++) {
        const res = await member.gql.request(query);
        expect([res.status, res.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      }
    }
    const clean = await member.gql.request('{ posts(tag: "sleep") { nodes { id } } }');
    expect(clean.errors).toBeUndefined();
  });
});
