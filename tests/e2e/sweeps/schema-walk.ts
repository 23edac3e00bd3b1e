import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** The served schema, as committed (a test elsewhere fails when it drifts from the code). */
export function servedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '../../../apps/api/schema.graphql'), 'utf8'));
}

/** Arguments filled in by name when a sweep needs a real row (a room, a member). */
export type ArgFixtures = Record<string, unknown>;

/** A value of an input type that passes GraphQL coercion: required fields only, first enum values. */
export function dummyValue(type: GraphQLInputType, name: string, fixtures: ArgFixtures = {}): unknown {
  if (name in fixtures) return fixtures[name];
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [dummyValue(inner.ofType as GraphQLInputType, name, fixtures)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = dummyValue(field.type, field.name, fixtures);
    }
    return value;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-01-01T00:00:00.000Z';
      default:
        return 'calm words';
    }
  }
  return null;
}

/** The smallest selection of a field's type: `__typename` for composites, nothing for leaves. */
export function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** `name($a: T!, ...)` and `field(a: $a, ...)` for a field with every argument as a variable. */
export function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[] = field.args,
): string {
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selectionOf(field)} }`;
}

/** Variables for every argument: required ones filled, optional ones only when fixtures name them. */
export function variablesFor(
  field: GraphQLField<unknown, unknown>,
  fixtures: ArgFixtures = {},
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.name in fixtures) variables[arg.name] = fixtures[arg.name];
    else if (isNonNullType(arg.type)) variables[arg.name] = dummyValue(arg.type, arg.name, fixtures);
  }
  return variables;
}

/** Every place a string (String or ID) can go in a field's arguments, as a path into its variables. */
export function stringPaths(field: GraphQLField<unknown, unknown>): string[][] {
  const paths: string[][] = [];
  const walk = (type: GraphQLInputType, path: string[], depth: number) => {
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) return walk(inner.ofType as GraphQLInputType, [...path, '0'], depth);
    if (isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID')) paths.push(path);
    if (isInputObjectType(inner) && depth < 4) {
      for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], depth + 1);
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], 0);
  return paths;
}

/** Sets `value` at `path` inside `variables`, creating objects and one-element lists on the way. */
export function setAt(variables: Record<string, unknown>, path: string[], value: unknown): void {
  let target: Record<string, unknown> | unknown[] = variables;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const container = target as Record<string, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    const nextIsIndex = path[i + 1] === '0';
    if (container[key] === undefined || container[key] === null) container[key] = nextIsIndex ? [] : {};
    target = container[key] as Record<string, unknown>;
  });
}

/** Every field with a cursor argument (`after` / `before`), by `Type.field`, across all object types. */
export function paginatedFields(
  schema: GraphQLSchema,
): { type: GraphQLObjectType; field: GraphQLField<unknown, unknown>; cursorArg: string }[] {
  const found: { type: GraphQLObjectType; field: GraphQLField<unknown, unknown>; cursorArg: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const cursor = field.args.find((a) => a.name === 'after' || a.name === 'before');
      if (cursor) found.push({ type, field, cursorArg: cursor.name });
    }
  }
  return found;
}

export function rootFields(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
): GraphQLField<unknown, unknown>[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return root ? Object.values(root.getFields()) : [];
}
