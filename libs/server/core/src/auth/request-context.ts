import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from './actor';

export interface HavenRequest extends Request {
  actor?: Actor | null;
  /** The session (`sid`) of the request's access token; null for a visitor. */
  sessionId?: string | null;
}

/** The HTTP request behind a GraphQL resolver or an HTTP route. */
export function requestOf(context: ExecutionContext): HavenRequest | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: HavenRequest }>().req;
  }
  if (context.getType() === 'http') return context.switchToHttp().getRequest<HavenRequest>();
  return undefined;
}

export function operationTypeOf(context: ExecutionContext): 'query' | 'mutation' | 'subscription' | 'http' {
  if (context.getType<string>() !== 'graphql') return 'http';
  return GqlExecutionContext.create(context).getInfo<{ operation: { operation: 'query' | 'mutation' } }>()
    .operation.operation;
}

/**
 * The signed-in account from a GraphQL context, for field resolvers written as plain graphql-js
 * functions (no parameter decorators); null for a visitor. The root field's guard has set it.
 */
export function actorOf(context: { req?: HavenRequest }): Actor | null {
  return context.req?.actor ?? null;
}
