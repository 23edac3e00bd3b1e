import { ErrorCode } from '@haven/shared/contracts';

/** A failure a client may see. Its `code` becomes GraphQL `extensions.code` and the Socket.IO ack code. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message = 'You need to sign in to do that.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(message = 'You are not allowed to do that.', details?: Record<string, unknown>) {
    super(message, details);
  }
}

export class BadInputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, details);
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(what = 'That') {
    super(`${what} was not found.`);
  }
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

export class RateLimitedError extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests. Please try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}
