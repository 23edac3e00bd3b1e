import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@haven/shared/contracts';
import { isIntrospectionOnly, measureOperation } from './operation-limits';

/** Refuses an operation that is too deep or too costly before any resolver runs. */
export function operationLimitsPlugin(limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx: GraphQLRequestContextDidResolveOperation<object>) {
          const operation = ctx.operation;
          if (!operation || isIntrospectionOnly(operation)) return;
          const { depth, cost } = measureOperation(
            ctx.schema,
            ctx.document,
            operation,
            ctx.request.variables ?? {},
          );
          if (depth > limits.maxDepth) {
            throw new GraphQLError(
              `This query is nested too deeply (${depth} levels; the limit is ${limits.maxDepth}).`,
              {
                extensions: { code: ErrorCode.BAD_USER_INPUT, depth, maxDepth: limits.maxDepth },
              },
            );
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `This query asks for too much at once (cost ${cost}; the limit is ${limits.maxCost}).`,
              {
                extensions: { code: ErrorCode.BAD_USER_INPUT, cost, maxCost: limits.maxCost },
              },
            );
          }
        },
      };
    },
  };
}
