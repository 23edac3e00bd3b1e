import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { Request } from 'express';
import type { RateLimitSpec } from '../config/app-config';
import type { RateLimiter } from '../rate-limit/rate-limiter.service';
import { badInput } from './input-boundary.plugin';
import { measureOperation } from './operation-limits';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  /** Expensive fields per IP (each occurrence counts once), through the shared rate limiter. */
  expensiveBudget: RateLimitSpec;
  limiter: RateLimiter;
}

/**
 * Refuses an operation that is too deep, too costly or asks for an expensive field too often, before any
 * resolver runs (BAD_USER_INPUT, HTTP 400); then charges its expensive fields to the caller's IP.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx: GraphQLRequestContextDidResolveOperation<object>) {
          const operation = ctx.operation;
          if (!operation) return;
          const { depth, cost, expensive } = measureOperation(
            ctx.schema,
            ctx.document,
            operation,
            ctx.request.variables ?? {},
          );
          if (depth > limits.maxDepth) {
            throw badInput(
              `This query is nested too deeply (${depth} levels; the limit is ${limits.maxDepth}).`,
              { depth, maxDepth: limits.maxDepth },
            );
          }
          if (cost > limits.maxCost) {
            throw badInput(
              `This query asks for too much at once (cost ${cost}; the limit is ${limits.maxCost}).`,
              { cost, maxCost: limits.maxCost },
            );
          }
          let charges = 0;
          for (const [field, { count, max }] of expensive) {
            if (count > max) {
              throw badInput(`\`${field}\` may be asked for at most ${max} time(s) per operation.`, {
                field,
                maxPerOperation: max,
              });
            }
            charges += count;
          }
          const req = (ctx.contextValue as { req?: Request }).req;
          const ip = req?.ip ?? 'unknown';
          for (let i = 0; i < charges; i++)
            await limits.limiter.consume('expensive', ip, limits.expensiveBudget);
        },
      };
    },
  };
}
