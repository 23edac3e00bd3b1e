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

/**
 * The one place GraphQL errors are shaped: a domain error keeps its code and message, a validation
 * or parse error is BAD_USER_INPUT, anything else becomes INTERNAL_SERVER_ERROR with a neutral message.
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
    client = { code: ErrorCode.BAD_USER_INPUT, message: formatted.message };
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
