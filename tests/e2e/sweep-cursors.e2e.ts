import { isNonNullType } from 'graphql';
import {
  createTestApp,
  registerMember,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { dummyValue, paginatedFields, selectionOf, servedSchema } from './sweeps/schema-walk';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const ID = '00000000-0000-4000-8000-000000000000';

/** Cursors a careless or hostile client may send: none of them may reach PostgreSQL. */
const MALFORMED: Record<string, string> = {
  garbage: 'not a cursor at all',
  'not base64': '%%%%',
  'over-long': 'A'.repeat(5000),
  'base64 of text': Buffer.from('hello').toString('base64url'),
  'an object': b64({ at: '2026-01-01T00:00:00.000Z', id: ID }),
  'an empty list': b64([]),
  'a bare number': b64(42),
  'untagged time and id': b64(['2026-01-01T00:00:00.000Z', ID]),
  'wrong types': b64(['A', 123, 456]),
  'a number for the time': b64(['A', 1767225600000, ID]),
  'year 275760': b64(['A', '+275760-09-13T00:00:00.000Z', ID]),
  'year 0': b64(['A', '0000-01-01T00:00:00.000Z', ID]),
  'February 30th': b64(['N', '2026-02-30T00:00:00.000Z', ID]),
  'a bad uuid': b64(['C', '2026-01-01T00:00:00.000Z', 'x'.repeat(40)]),
  'NaN rank': b64(['R', 'NaN', ID]),
  'a huge int': b64(['S', 1e308, '2026-01-01T00:00:00.000Z', ID]),
  'nested values': b64(['Q', [1], { a: 1 }, null]),
  'a NUL byte': b64(['A', '2026-01-01T00:00:00.000Z\u0000', ID]),
};

/**
 * How to reach a paginated field that is not on Query: a root field that returns its parent, and the
 * argument naming a real parent. A new nested paginated field without an entry fails the sweep.
 */
const NESTED: Record<string, { root: string; arg: string; fixture: 'postId' }> = {
  'Post.comments': { root: 'post', arg: 'id', fixture: 'postId' },
};

describe('sweep: every paginated field × malformed cursors', () => {
  let t: TestApp;
  let admin: GraphqlClient;
  const fixtures: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    const member = await registerMember(t.gql);
    admin = (await signInAdmin(t.gql)).gql;
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>('{ categories { id } }');
    const { createPost } = await member.gql.ok<{ createPost: { post: { id: string } } }>(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { post { id } } }`,
      { i: { categoryId: categories[0].id, title: 'A thread to page', body: 'Some words.' } },
    );
    await member.gql.ok(`mutation($i: CreateCommentInput!) { createComment(input: $i) { comment { id } } }`, {
      i: { postId: createPost.post.id, body: 'A reply' },
    });
    const { chatRooms } = await member.gql.ok<{ chatRooms: { id: string }[] }>('{ chatRooms { id } }');
    Object.assign(fixtures, { postId: createPost.post.id, roomId: chatRooms[0].id, userId: member.id });
  });
  afterAll(() => t.close());

  it('answers BAD_USER_INPUT to every malformed cursor on every list, as a visitor and as an admin', async () => {
    const schema = servedSchema();
    const failures: string[] = [];
    const fields = paginatedFields(schema);
    expect(fields.length).toBeGreaterThanOrEqual(9);
    for (const { type, field, cursorArg } of fields) {
      const name = `${type.name}.${field.name}`;
      const required = field.args.filter((a) => isNonNullType(a.type));
      const defs = required.map((a) => `$${a.name}: ${a.type.toString()}`);
      const uses = required.map((a) => `${a.name}: $${a.name}`);
      const variables: Record<string, unknown> = {};
      for (const a of required) variables[a.name] = fixtures[a.name] ?? dummyValue(a.type, a.name);
      defs.push(`$cursor: String`);
      uses.push(`${cursorArg}: $cursor`);
      const inner = `${field.name}(${uses.join(', ')})${selectionOf(field)}`;
      let query: string;
      if (type === schema.getQueryType()) {
        query = `query(${defs.join(', ')}) { ${inner} }`;
      } else {
        const nested = NESTED[name];
        if (!nested) {
          failures.push(`${name}: no way to reach it in NESTED`);
          continue;
        }
        query = `query(${[...defs, '$parent: ID!'].join(', ')}) { ${nested.root}(${nested.arg}: $parent) { ${inner} } }`;
        variables['parent'] = fixtures[nested.fixture];
      }
      const ok = await admin.request(query, { ...variables, cursor: null });
      if (ok.errors?.length)
        failures.push(`${name}: fails without a cursor: ${JSON.stringify(ok.errors[0])}`);
      for (const [label, cursor] of Object.entries(MALFORMED)) {
        const [asAdmin, asVisitor] = await Promise.all([
          admin.request(query, { ...variables, cursor }),
          t.gql.request(query, { ...variables, cursor }),
        ]);
        const adminCode = asAdmin.errors?.[0]?.extensions?.code ?? 'OK';
        const visitorCode = asVisitor.errors?.[0]?.extensions?.code ?? 'OK';
        if (adminCode !== 'BAD_USER_INPUT') failures.push(`${name} × ${label} (admin): ${adminCode}`);
        if (visitorCode !== 'BAD_USER_INPUT' && visitorCode !== 'UNAUTHENTICATED')
          failures.push(`${name} × ${label} (visitor): ${visitorCode}`);
        if (asAdmin.status >= 500 || asVisitor.status >= 500) failures.push(`${name} × ${label}: HTTP 5xx`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
