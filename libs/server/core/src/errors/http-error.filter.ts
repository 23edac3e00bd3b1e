import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ErrorCode } from '@haven/shared/contracts';

/**
 * Requests to /graphql refused before GraphQL sees them (a body that is not JSON, or not an object)
 * get a GraphQL-shaped answer with BAD_REQUEST, like every other refusal. Everything else goes to
 * Nest's default handling.
 */
@Catch()
export class GraphqlHttpErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    // GraphQL resolvers and socket handlers keep their own error handling (the error mapper).
    if (host.getType() !== 'http') throw exception;
    if (exception instanceof HttpException) {
      const http = host.switchToHttp();
      const req = http.getRequest<Request>();
      const status = exception.getStatus();
      if (req.path === '/graphql' && status >= 400 && status < 500) {
        http
          .getResponse<Response>()
          .status(status)
          .json({
            errors: [
              {
                message: 'The request is not a GraphQL request.',
                extensions: { code: ErrorCode.BAD_REQUEST },
              },
            ],
          });
        return;
      }
    }
    super.catch(exception, host);
  }
}
