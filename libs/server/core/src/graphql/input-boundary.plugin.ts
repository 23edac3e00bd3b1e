import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '@haven/shared/contracts';
import { findUnsafeText, isSafeText } from './safe-text';

/** A refusal of the request as a whole: BAD_USER_INPUT with HTTP status 400, before any resolver runs. */
export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions, http: { status: 400 } },
  });
}

function unsafeLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!isSafeText(node.value)) found = true;
    },
  });
  return found;
}

/**
 * The one boundary for text: every string argument, inline or in variables, with a NUL byte or a lone
 * surrogate is refused with BAD_USER_INPUT before anything runs.
 */
export function inputBoundaryPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx: GraphQLRequestContextDidResolveOperation<object>) {
          const path = findUnsafeText(ctx.request.variables ?? {});
          if (path || unsafeLiteral(ctx.document)) {
            throw badInput('Text may not contain NUL bytes or broken characters.', {
              ...(path ? { variable: path.join('.') } : {}),
            });
          }
        },
      };
    },
  };
}
