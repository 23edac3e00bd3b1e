import {
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  buildSchema,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { COST_EXTENSION } from './cost.decorator';
import { measureOperation } from './operation-limits';

const schema = buildSchema(`
  type Query { posts(first: Int = 20): PostConnection!  viewer: User  node: Node }
  interface Node { id: ID! }
  type PostConnection { nodes: [Post!]! }
  type Post implements Node { id: ID!  title: String!  author: User!  comments(first: Int = 50): CommentConnection! }
  type CommentConnection { nodes: [Comment!]! }
  type Comment { id: ID!  author: User! }
  type User { id: ID!  handle: String! }
`);

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('operation limits', () => {
  it('measures depth by nested fields', () => {
    expect(measure('{ viewer { id } }').depth).toBe(2);
    expect(measure('{ posts { nodes { comments { nodes { author { handle } } } } } }').depth).toBe(6);
  });

  it('multiplies the cost of a page by the page size asked for, or its default', () => {
    const small = measure('{ posts(first: 5) { nodes { title } } }');
    const large = measure('{ posts(first: 100) { nodes { title } } }');
    const byDefault = measure('{ posts { nodes { title } } }');
    const byVariable = measure('query($n: Int) { posts(first: $n) { nodes { title } } }', { n: 100 });
    expect(large.cost).toBeGreaterThan(small.cost);
    expect(byVariable.cost).toBe(large.cost);
    expect(byDefault.cost).toBe(measure('{ posts(first: 20) { nodes { title } } }').cost);
  });

  it('counts nested pages multiplicatively', () => {
    const nested = measure('{ posts(first: 100) { nodes { comments(first: 100) { nodes { id } } } } }');
    expect(nested.cost).toBeGreaterThan(100 * 100);
  });

  it('follows fragments without looping on cycles', () => {
    const query = `
      { posts { nodes { ...P } } node { ... on Post { title } } }
      fragment P on Post { title author { handle } }`;
    const { depth, cost } = measure(query);
    expect(depth).toBe(4);
    expect(cost).toBeGreaterThan(0);
  });

  it('counts introspection towards the cost, so aliased introspection is refused like anything else', () => {
    const once = measure('{ __schema { types { name } } }');
    const aliased = measure(
      `{ ${Array.from({ length: 50 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
    );
    expect(once.cost).toBeGreaterThan(0);
    expect(aliased.cost).toBe(50 * once.cost);
  });

  it('charges declared costs: by input length, by page size, and counts expensive fields', () => {
    const Check = new GraphQLObjectType({ name: 'Check', fields: { ok: { type: GraphQLString } } });
    const costed = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          preview: {
            type: Check,
            args: { text: { type: new GraphQLNonNull(GraphQLString) } },
            extensions: {
              [COST_EXTENSION]: { base: 10, perChars: { arg: 'text', chars: 100 }, maxPerOperation: 1 },
            },
          },
          search: {
            type: Check,
            args: { first: { type: GraphQLInt } },
            extensions: { [COST_EXTENSION]: { base: 20, perItem: 2, maxPerOperation: 1 } },
          },
        },
      }),
    });
    const run = (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      return measureOperation(
        costed,
        document,
        document.definitions[0] as OperationDefinitionNode,
        variables,
      );
    };
    const short = run('query($t: String!) { preview(text: $t) { ok } }', { t: 'calm' });
    const long = run('query($t: String!) { preview(text: $t) { ok } }', { t: 'x'.repeat(40_000) });
    expect(long.cost - short.cost).toBe(400 - 1);
    // 2 per item declared, plus the selection under it once per item.
    expect(run('{ search(first: 100) { ok } }').cost - run('{ search(first: 10) { ok } }').cost).toBe(
      2 * 90 + 90,
    );
    const aliased = run('{ a: preview(text: "x") { ok } b: preview(text: "y") { ok } search { ok } }');
    expect(aliased.expensive.get('Query.preview')).toEqual({ count: 2, max: 1 });
    expect(aliased.expensive.get('Query.search')).toEqual({ count: 1, max: 1 });
  });
});
