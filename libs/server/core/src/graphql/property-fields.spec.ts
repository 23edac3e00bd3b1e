import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql, type GraphQLFieldResolver } from 'graphql';
import { ObjectTypeDefinitionFactory } from '@nestjs/graphql/dist/schema-builder/factories/object-type-definition.factory.js';
import { dropPropertyResolvers, isPlainPropertyRead } from './property-fields';

type FieldResolver = GraphQLFieldResolver<unknown, unknown>;

/** The resolver Nest's schema factory gives a `@Field` named `name` (schema name `schemaName`). */
function nestResolver(
  name: string,
  fieldOptions: { defaultValue?: unknown } = {},
  options: { fieldMiddleware?: unknown[] } = {},
): FieldResolver {
  const factory = ObjectTypeDefinitionFactory.prototype as unknown as {
    createFieldResolver(field: object, options: object): FieldResolver;
  };
  return factory.createFieldResolver.call(null, { name, options: fieldOptions, middleware: [] }, options);
}

describe('plain property fields', () => {
  it("recognises Nest's read of a plain field, and nothing else", () => {
    expect(isPlainPropertyRead(nestResolver('title'), 'title')).toBe(true);
    // A default value, a property named otherwise than the field, middleware, a resolver of one's own.
    expect(isPlainPropertyRead(nestResolver('title', { defaultValue: 'untitled' }), 'title')).toBe(false);
    expect(isPlainPropertyRead(nestResolver('title', { defaultValue: null }), 'title')).toBe(false);
    expect(isPlainPropertyRead(nestResolver('headline'), 'title')).toBe(false);
    const logged = (_ctx: unknown, next: () => unknown) => next();
    expect(isPlainPropertyRead(nestResolver('title', {}, { fieldMiddleware: [logged] }), 'title')).toBe(
      false,
    );
    expect(isPlainPropertyRead((root) => (root as { title: string }).title, 'title')).toBe(false);
    expect(isPlainPropertyRead(undefined, 'title')).toBe(false);
  });

  it('drops only those resolvers, and the answers stay the same', async () => {
    const post = new GraphQLObjectType({
      name: 'Post',
      fields: {
        title: { type: GraphQLString, resolve: nestResolver('title') },
        status: { type: GraphQLString, resolve: nestResolver('status', { defaultValue: 'VISIBLE' }) },
        headline: { type: GraphQLString, resolve: nestResolver('title') },
        shout: { type: GraphQLString, resolve: (root) => (root as { title: string }).title.toUpperCase() },
      },
    });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { post: { type: post, resolve: () => ({ title: 'Sleep' }) } },
      }),
    });
    const query = '{ post { title status headline shout __typename } }';
    const before = await graphql({ schema, source: query });

    expect(dropPropertyResolvers(schema)).toBe(1);
    const fields = post.getFields();
    expect(fields.title.resolve).toBeUndefined();
    expect([fields.status.resolve, fields.headline.resolve, fields.shout.resolve]).toEqual([
      expect.any(Function),
      expect.any(Function),
      expect.any(Function),
    ]);
    const after = await graphql({ schema, source: query });
    expect(after).toEqual(before);
    expect(after.data).toEqual({
      post: { title: 'Sleep', status: 'VISIBLE', headline: 'Sleep', shout: 'SLEEP', __typename: 'Post' },
    });
  });
});
