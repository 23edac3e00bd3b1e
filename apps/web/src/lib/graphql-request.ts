import { print, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';

export const GRAPHQL_PATH = '/graphql';

/** A failed request outside Apollo: `codes` holds the GraphQL `extensions.code` values, empty when unreachable. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }

  get unreachable(): boolean {
    return this.codes.length === 0;
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/**
 * A single GraphQL request with no cache and no links, used where the Apollo link chain cannot be
 * (token refresh). Selects `__typename` like Apollo does, so the result can be written to the cache.
 */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        operationName: operation?.name?.value,
        query: print(addTypenameToDocument(document)),
        variables,
      }),
    });
  } catch {
    throw new GraphQLRequestError('Haven could not be reached.', []);
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new GraphQLRequestError(`Haven answered with HTTP ${response.status}.`, []);
  }
  if (body.errors && body.errors.length > 0) {
    const codes = body.errors.map((e) =>
      typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
    );
    throw new GraphQLRequestError(body.errors[0].message, codes);
  }
  if (!body.data) throw new GraphQLRequestError(`Haven answered with HTTP ${response.status}.`, []);
  return body.data;
}
