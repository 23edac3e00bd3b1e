import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { INestApplication } from '@nestjs/common';

export const SCHEMA_HEADER =
  '# Generated from the code by `npm run schema:generate`. Do not edit by hand.\n\n';

/** The served GraphQL schema as SDL, sorted, as committed in apps/api/schema.graphql. */
export function printAppSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
