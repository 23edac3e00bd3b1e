import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind,
  buildSchema,
  coerceInputValue,
  extendSchema,
  parse,
  typeFromAST,
  validate,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type GraphqlResponse,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { operationFor, servedSchema, variablesFor, type ArgFixtures } from './sweeps/schema-walk';

/**
 * The authorisation matrix of the member-safety contract, generated from the contract itself: every
 * mutation and query that `next/member-safety.graphql` declares is called by a visitor, a member, a
 * suspended member, a moderator and an administrator, with arguments built from the contract's types
 * (ids of real rows made here, first enum values, plain strings), and each answer is checked against
 * the one table below. An operation of the contract without a row, or a row without an operation, or an
 * operation the server does not serve in the contract's shape, fails.
 */

const ROOT = join(__dirname, '../..');
/** The contract's home; `tools/contract` holds a copy for a clone on its own (see tools/check-contract.mjs). */
const CONTRACT_DIRS = [join(ROOT, '../shared/contract'), join(ROOT, 'tools/contract')];

function contractFile(relative: string): string {
  const found = CONTRACT_DIRS.map((dir) => join(dir, relative)).find((path) => existsSync(path));
  if (!found) throw new Error(`${relative} is in none of ${CONTRACT_DIRS.join(', ')}`);
  return readFileSync(found, 'utf8');
}

type OperationKind = 'Mutation' | 'Query';
type Caller = 'visitor' | 'member' | 'suspended' | 'moderator' | 'admin';
const CALLERS: readonly Caller[] = ['visitor', 'member', 'suspended', 'moderator', 'admin'];

interface Row {
  /** The least role that may call it (moderator lets administrators in too). */
  role: 'member' | 'moderator' | 'admin';
  /** A suspended member may still call it (mutations are refused to suspended accounts otherwise). */
  suspended?: 'may act';
}

/**
 * Who may call what. Suspended members keep what protects them or lets them contest a decision: they may
 * still block and unblock, hide content warnings and appeal; queries only read, and a suspended member
 * may still read their own lists.
 */
const TABLE: Record<OperationKind, Record<string, Row>> = {
  Mutation: {
    blockUser: { role: 'member', suspended: 'may act' },
    unblockUser: { role: 'member', suspended: 'may act' },
    setHiddenContentWarnings: { role: 'member', suspended: 'may act' },
    appeal: { role: 'member', suspended: 'may act' },
    addMemberNote: { role: 'moderator' },
    setOnCall: { role: 'moderator' },
    pinPost: { role: 'moderator' },
    lockPost: { role: 'moderator' },
    movePost: { role: 'moderator' },
    createSavedReply: { role: 'admin' },
    updateSavedReply: { role: 'admin' },
    deleteSavedReply: { role: 'admin' },
    updateCategory: { role: 'admin' },
    setUserStatus: { role: 'moderator' },
  },
  Query: {
    blockedUsers: { role: 'member', suspended: 'may act' },
    hiddenContentWarnings: { role: 'member', suspended: 'may act' },
    memberNotes: { role: 'moderator' },
    savedReplies: { role: 'moderator' },
    myAppeals: { role: 'member', suspended: 'may act' },
    urgentResponseStats: { role: 'moderator' },
    searchMembers: { role: 'moderator' },
  },
};

const RANK: Record<Caller, number> = { visitor: 0, member: 1, suspended: 1, moderator: 2, admin: 3 };
const NEEDS: Record<Row['role'], number> = { member: 1, moderator: 2, admin: 3 };

/** ALLOWED: it succeeds or answers with an error of its own domain (NOT_FOUND, CONFLICT, …). */
function expected(row: Row, kind: OperationKind, caller: Caller): string {
  if (caller === 'visitor') return 'UNAUTHENTICATED';
  if (RANK[caller] < NEEDS[row.role]) return 'FORBIDDEN';
  if (caller === 'suspended' && kind === 'Mutation' && row.suspended !== 'may act') return 'FORBIDDEN';
  return 'ALLOWED';
}

/** Codes that are never a domain answer to an entitled caller. */
const NOT_ALLOWED = new Set([
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_VALIDATION_FAILED',
]);

function outcome(res: GraphqlResponse<unknown>): string {
  if (res.status >= 500) return `HTTP ${res.status}`;
  return res.errors?.length ? String(res.errors[0].extensions?.code) : 'OK';
}

function matches(want: string, got: string): boolean {
  return want === 'ALLOWED' ? !NOT_ALLOWED.has(got) && !got.startsWith('HTTP') : got === want;
}

const contractSource = contractFile('next/member-safety.graphql');
/** The operations the file declares (in `extend type Mutation` / `extend type Query`), in its order. */
const declared: { kind: OperationKind; name: string; label: string }[] = parse(
  contractSource,
).definitions.flatMap((definition) =>
  (definition.kind === Kind.OBJECT_TYPE_EXTENSION || definition.kind === Kind.OBJECT_TYPE_DEFINITION) &&
  (definition.name.value === 'Mutation' || definition.name.value === 'Query')
    ? (definition.fields ?? []).map((field) => ({
        kind: definition.name.value as OperationKind,
        name: field.name.value,
        label: `${definition.name.value}.${field.name.value}`,
      }))
    : [],
);
/** The contract's schema: the public contract with the member-safety additions on top. */
const contract: GraphQLSchema = extendSchema(
  buildSchema(contractFile('schema.graphql')),
  parse(contractSource),
);

/** Why the served schema would refuse these variables of `query` (a shape that differs from the contract). */
function coercionErrors(served: GraphQLSchema, query: string, variables: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const definition of parse(query).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      const type = typeFromAST(served, variable.type) as GraphQLInputType | undefined;
      if (!type) continue; // validate() names the missing type
      if (!(name in variables)) continue;
      coerceInputValue(variables[name], type, (path, _value, error) =>
        errors.push(`$${[name, ...path].join('.')}: ${error.message}`),
      );
    }
  }
  return errors;
}

function contractField(kind: OperationKind, name: string): GraphQLField<unknown, unknown> {
  const root = kind === 'Mutation' ? contract.getMutationType() : contract.getQueryType();
  const field = root?.getFields()[name];
  if (!field) throw new Error(`${kind}.${name} is not in the contract's schema`);
  return field;
}

describe('authorisation matrix of the member-safety contract', () => {
  let t: TestApp;
  let target: TestMember;
  const members = {} as Record<Exclude<Caller, 'visitor'>, TestMember>;
  const clients = {} as Record<Caller, GraphqlClient>;
  /** Real rows for arguments, by `field.argument` or by argument name; some per caller. */
  const shared: ArgFixtures = {};
  const noticeOf = {} as Record<Caller, string | null>;

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    const [member, suspended, moderator, admin, other] = await Promise.all([
      registerMember(t.gql),
      registerMember(t.gql),
      registerModerator(t.gql),
      signInAdmin(t.gql),
      registerMember(t.gql),
    ]);
    target = other;
    Object.assign(members, { member, suspended, moderator, admin });
    Object.assign(clients, {
      visitor: t.gql,
      member: member.gql,
      suspended: suspended.gql,
      moderator: moderator.gql,
      admin: admin.gql,
    });

    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const createPost = async (who: TestMember) =>
      (
        await who.gql.ok<{ createPost: { post: { id: string } } }>(
          `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`,
          {
            input: { categoryId: categories[0].id, title: 'Week two of treatment', body: 'Slow but steady.' },
          },
        )
      ).createPost.post.id;
    const postId = await createPost(target);
    Object.assign(shared, {
      'pinPost.id': postId,
      'lockPost.id': postId,
      'movePost.id': postId,
      'movePost.categoryId': categories[1]?.id ?? categories[0].id,
      'updateCategory.id': categories[categories.length - 1].id,
      userId: target.id,
    });

    // Each caller has a notice of their own to appeal: a post of theirs hidden, and for the suspended
    // member the suspension itself (moderatePost acts on the author's account).
    for (const caller of ['member', 'suspended', 'moderator', 'admin'] as const) {
      const who = members[caller];
      const id = await createPost(who);
      const by = caller === 'admin' ? moderator : admin;
      await by.gql.ok(
        `mutation($id: ID!, $input: ModerateContentInput!) { moderatePost(id: $id, input: $input) { id } }`,
        {
          id,
          input: caller === 'suspended' ? { action: 'SUSPEND_USER', suspendDays: 1 } : { action: 'HIDE' },
        },
      );
      const { myNotices } = await who.gql.ok<{ myNotices: { nodes: { id: string }[] } }>(
        `{ myNotices(first: 1) { nodes { id } } }`,
      );
      noticeOf[caller] = myNotices.nodes[0]?.id ?? null;
    }
    noticeOf.visitor = noticeOf.member;

    // A saved reply to edit and delete, made through the contract's own mutation where it is served.
    const saved = await admin.gql.request<{ createSavedReply: { id: string } }>(
      `mutation($input: SavedReplyInput!) { createSavedReply(input: $input) { id } }`,
      { input: { title: 'A gentle warning', body: 'Please keep this space kind.' } },
    );
    if (saved.data?.createSavedReply) {
      shared['updateSavedReply.id'] = saved.data.createSavedReply.id;
      shared['deleteSavedReply.id'] = saved.data.createSavedReply.id;
    }
  }, 120_000);
  afterAll(() => t.close());

  /** The fixtures of one field for one caller, keyed by argument name as the schema walk expects. */
  function fixturesFor(field: GraphQLField<unknown, unknown>, caller: Caller): ArgFixtures {
    const fixtures: ArgFixtures = {};
    for (const arg of field.args) {
      const key = `${field.name}.${arg.name}`;
      if (key in shared) fixtures[arg.name] = shared[key];
      else if (arg.name in shared) fixtures[arg.name] = shared[arg.name];
    }
    if (field.name === 'appeal' && noticeOf[caller]) fixtures.noticeId = noticeOf[caller];
    return fixtures;
  }

  it('has one row for each operation the contract declares, and no row for one it does not', () => {
    expect(declared.length).toBeGreaterThan(0);
    const rows = (Object.keys(TABLE) as OperationKind[]).flatMap((kind) =>
      Object.keys(TABLE[kind]).map((name) => `${kind}.${name}`),
    );
    expect(rows.sort()).toEqual(declared.map((d) => `${d.kind}.${d.name}`).sort());
  });

  it('has a notice of their own for each caller to appeal, and the suspended member is suspended', async () => {
    for (const caller of ['member', 'suspended', 'moderator', 'admin'] as const)
      expect(noticeOf[caller]).toEqual(expect.any(String));
    const { viewer } = await clients.suspended.ok<{ viewer: { status: string } }>(`{ viewer { status } }`);
    expect(viewer.status).toBe('SUSPENDED');
  });

  it.each(declared)('$label: each caller gets what the table says', async ({ kind, name }) => {
    const row = TABLE[kind][name];
    expect(row).toBeDefined();
    const field = contractField(kind, name);
    const query = operationFor(kind === 'Mutation' ? 'mutation' : 'query', field);

    // Served in the contract's shape: the operation the contract allows validates against the server's schema.
    const served = servedSchema();
    const shapeErrors = validate(served, parse(query)).map((e) => e.message);
    expect({ [`${kind}.${name}`]: shapeErrors }).toEqual({ [`${kind}.${name}`]: [] });

    const mismatches: string[] = [];
    // One caller after another: a moderator's call may change what the next one finds (a deleted row).
    for (const caller of CALLERS) {
      const variables = variablesFor(field, fixturesFor(field, caller));
      for (const error of coercionErrors(served, query, variables)) mismatches.push(`${caller}: ${error}`);
      const res = await clients[caller].request(query, variables);
      const got = outcome(res);
      const want = expected(row, kind, caller);
      if (!matches(want, got)) {
        const message = res.errors?.[0]?.message ?? '';
        mismatches.push(`${caller}: got ${got}${message ? ` (${message})` : ''}, expected ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
