import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@haven/shared/contracts';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { DomainError } from './domain-error';

export interface ClientError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const APOLLO_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT']);
/** Apollo's refusals of a malformed request (batching, CSRF, GET mutations, unknown operation, APQ). */
const APOLLO_REQUEST_CODES = new Set([
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/** Turns any thrown value into what a client may see. Unknown failures never leak their message. */
export function toClientError(error: unknown): ClientError {
  if (error instanceof DomainError)
    return { code: error.code, message: error.message, details: error.details };
  if (error instanceof HttpException) {
    const code = HTTP_STATUS_CODES[error.getStatus()];
    if (code) return { code, message: error.message };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: 'Haven cannot reach its database right now. Please try again in a moment.',
    };
  }
  return {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    message: 'Something went wrong on our side. Please try again.',
  };
}

/** The facts a limit refusal carries (depth, cost, the variable at fault), without Apollo's internals. */
function limitDetails(formatted: GraphQLFormattedError): Record<string, unknown> | undefined {
  const rest = { ...(formatted.extensions ?? {}) };
  delete rest['code'];
  delete rest['http'];
  delete rest['stacktrace'];
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * The one place GraphQL errors are shaped: a domain error keeps its code and message, a validation,
 * parse or limit error is BAD_USER_INPUT, a malformed request is BAD_REQUEST, anything else becomes
 * INTERNAL_SERVER_ERROR with a neutral message (and only that is logged as a fault).
 * Stack traces are included only outside production.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { includeStack: boolean; onInternal?: (error: unknown) => void },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const extensionsCode = String(formatted.extensions?.code ?? '');
  let client: ClientError;
  if (original instanceof DomainError || original instanceof HttpException) {
    client = toClientError(original);
  } else if (APOLLO_INPUT_CODES.has(extensionsCode)) {
    client = { code: ErrorCode.BAD_USER_INPUT, message: formatted.message, details: limitDetails(formatted) };
  } else if (APOLLO_REQUEST_CODES.has(extensionsCode)) {
    client = {
      code: ErrorCode.BAD_REQUEST,
      message: formatted.message,
      details: extensionsCode === 'BAD_REQUEST' ? undefined : { reason: extensionsCode },
    };
  } else if (error instanceof GraphQLError && !error.originalError && !error.extensions?.['code']) {
    // Made by Apollo or graphql-js about the request itself (a persisted-query mismatch, an operation
    // the schema cannot run), never by a resolver: the request is at fault.
    client = { code: ErrorCode.BAD_REQUEST, message: formatted.message };
  } else if (KNOWN_CODES.has(extensionsCode) && extensionsCode !== ErrorCode.INTERNAL_SERVER_ERROR) {
    client = { code: extensionsCode as ErrorCode, message: formatted.message };
  } else {
    client = toClientError(original);
    if (client.code === ErrorCode.INTERNAL_SERVER_ERROR) options.onInternal?.(original);
  }
  const extensions: Record<string, unknown> = { code: client.code, ...(client.details ?? {}) };
  if (options.includeStack && original instanceof Error && client.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    extensions['stacktrace'] = original.stack?.split('\n');
  }
  return { message: client.message, locations: formatted.locations, path: formatted.path, extensions };
}
