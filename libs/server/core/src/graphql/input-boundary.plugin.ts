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
 * surrogate is refused with BAD_USER_INPUT before anything runs. Subscriptions over HTTP are refused,
 * and a request refused before it ran answers HTTP 400.
 */
export function inputBoundaryPlugin(): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same text: its literals are
  // looked at once per document.
  const literalsChecked = new WeakMap<DocumentNode, boolean>();
  const hasUnsafeLiteral = (document: DocumentNode): boolean => {
    let unsafe = literalsChecked.get(document);
    if (unsafe === undefined) {
      unsafe = unsafeLiteral(document);
      literalsChecked.set(document, unsafe);
    }
    return unsafe;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx: GraphQLRequestContextDidResolveOperation<object>) {
          if (ctx.operation?.operation === 'subscription') {
            throw badInput('Subscriptions are not served over HTTP: live events come through Socket.IO.');
          }
          const path = findUnsafeText(ctx.request.variables ?? {});
          if (path || hasUnsafeLiteral(ctx.document)) {
            throw badInput('Text may not contain NUL bytes or broken characters.', {
              ...(path ? { variable: path.join('.') } : {}),
            });
          }
        },
        async willSendResponse(ctx) {
          // A request refused before it ran (no data at all) is the client's fault: 400, never 200 or 500.
          const body = ctx.response.body;
          if (body.kind !== 'single' || !body.singleResult.errors?.length) return;
          if (body.singleResult.data !== undefined) return;
          const codes = body.singleResult.errors.map((e) => e.extensions?.['code']);
          if (codes.every((c) => c === ErrorCode.BAD_REQUEST || c === ErrorCode.BAD_USER_INPUT)) {
            const status = ctx.response.http.status;
            if (status === undefined || status === 200 || status >= 500) ctx.response.http.status = 400;
          }
        },
      };
    },
  };
}
