import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
// Nest's own factory of the resolver it gives every `@Field` of an object type: the reference that
// tells such a resolver apart from a `@ResolveField` or a middleware-wrapped one. Not re-exported by
// the package's index.
import { ObjectTypeDefinitionFactory } from '@nestjs/graphql/dist/schema-builder/factories/object-type-definition.factory.js';

type FieldResolver = GraphQLFieldResolver<unknown, unknown>;

/** The source of the resolver Nest writes for a plain `@Field` (it reads `root[name]`). */
const PROPERTY_READ_SOURCE = String(
  (
    ObjectTypeDefinitionFactory.prototype as unknown as {
      createFieldResolver(field: { name: string; options: object }, options: object): FieldResolver;
    }
  ).createFieldResolver.call(null, { name: 'field', options: {} }, {}),
);

/**
 * Whether `resolve` is Nest's read of a plain `@Field` that graphql's own property read answers the
 * same: the same source, no default value, and the property named as the field. The two calls run
 * only that read (the source is checked first).
 */
export function isPlainPropertyRead(resolve: FieldResolver | undefined, fieldName: string): boolean {
  if (!resolve || String(resolve) !== PROPERTY_READ_SOURCE) return false;
  const read = resolve as (root: object) => unknown;
  const probe = Symbol(fieldName);
  return read({}) === undefined && read({ [fieldName]: probe }) === probe;
}

/**
 * Drops the resolver Nest gives every plain `@Field` of an object type, leaving the field to the
 * executor's own property read: graphql-jit then compiles it to a plain property access instead of a
 * resolver call with its resolve info, path and callbacks (a feed page of 20 posts calls about 450 of
 * them). `@ResolveField`s, fields with middleware or a default value keep their resolvers. Returns the
 * number of fields changed; the schema is changed in place.
 */
export function dropPropertyResolvers(schema: GraphQLSchema): number {
  let dropped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPlainPropertyRead(field.resolve, field.name)) {
        field.resolve = undefined;
        dropped++;
      }
    }
  }
  return dropped;
}
