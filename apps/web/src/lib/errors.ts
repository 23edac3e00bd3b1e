import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { GraphQLRequestError } from './graphql-request';

const UNREACHABLE = 'We could not reach Haven. Please check your connection and try again.';
const INTERNAL = 'Something went wrong on our side. Please try again in a moment.';

/** The `extensions.code` of the first GraphQL error, if the error came from the server. */
export function errorCode(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : null;
  }
  if (error instanceof GraphQLRequestError) return error.codes[0] ?? null;
  return null;
}

/** A message that can be shown to the member as it is. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = errorCode(error);
    if (code === 'INTERNAL_SERVER_ERROR') return INTERNAL;
    const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    return messages.length > 0 ? messages.join(' ') : INTERNAL;
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return INTERNAL;
  if (error instanceof GraphQLRequestError) return error.unreachable ? UNREACHABLE : error.message;
  if (error instanceof TypeError) return UNREACHABLE;
  return INTERNAL;
}

/** The input field the server named in its first error (`extensions.field`), if any. */
export function errorField(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const field = error.errors[0]?.extensions?.field;
    return typeof field === 'string' ? field : null;
  }
  return null;
}
