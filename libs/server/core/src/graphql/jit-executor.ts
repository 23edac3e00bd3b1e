import { Injectable } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError, execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Compiled operations per document; Apollo keeps one parsed document per query text, so these last. */
const MAX_OPERATIONS_PER_DOCUMENT = 8;

/**
 * Runs queries through graphql-jit: each operation is compiled once into plain JavaScript (kept per
 * parsed document, which Apollo caches per query text), then run with the same resolvers, context,
 * root value and variables graphql-js would get. Apollo has parsed and validated the operation and runs
 * its plugins and error formatting around this as for graphql-js. Mutations and subscriptions, and any
 * operation graphql-jit cannot compile or whose variables it refuses, go to graphql-js itself, so
 * request errors (bad variables, unknown operations) read exactly as before.
 */
export class JitExecutor {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  constructor(private readonly schema: GraphQLSchema) {}

  readonly execute: GatewayExecutor = async (request) => {
    const { document, operation, context } = request;
    // The name the request asked for (the context's `operationName` is that of the operation found).
    const operationName = request.request.operationName ?? null;
    const variables = request.request.variables ?? {};
    const byGraphqlJs = () =>
      execute({
        schema: this.schema,
        document,
        contextValue: context,
        variableValues: variables,
        operationName,
      }) as Promise<ExecutionResult> | ExecutionResult;
    if (!operation || operation.operation !== 'query') return byGraphqlJs();
    const compiled = this.compile(document, operationName);
    if (!compiled) return byGraphqlJs();
    const result = await compiled.query(undefined, context, variables);
    // No `data` means the request failed before any resolver ran (variables): graphql-js words it.
    if (!('data' in result)) return byGraphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  private compile(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let operations = this.compiled.get(document);
    if (!operations) {
      operations = new Map();
      this.compiled.set(document, operations);
    }
    const key = operationName ?? '';
    let compiled = operations.get(key);
    if (compiled === undefined) {
      const made = compileQuery(this.schema, document, operationName ?? undefined);
      compiled = isCompiledQuery(made) ? made : null;
      if (operations.size >= MAX_OPERATIONS_PER_DOCUMENT) operations.clear();
      operations.set(key, compiled);
    }
    return compiled;
  }
}

/**
 * graphql-jit's errors as graphql-js makes them (an `extensions` object even when empty, which Apollo's
 * error formatting relies on), with the same message, locations, path and original error.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (made as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return made;
}

/**
 * The schema Nest built, handed to Apollo as a "gateway" whose executor is graphql-jit: Apollo Server's
 * documented way to replace execution while keeping its request pipeline (parsing, validation,
 * plugins, error formatting, HTTP handling).
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const executor = new JitExecutor(schema);
  return {
    async load() {
      return { schema, executor: executor.execute };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/** Nest's Apollo driver with graphql-jit as Apollo's executor (see `jitGateway`). */
@Injectable()
export class JitApolloDriver extends ApolloDriver {
  override async registerServer(options: ApolloDriverConfig): Promise<void> {
    if (!options.schema) throw new Error('The GraphQL schema was not built before the server started');
    const withJit = { ...options, gateway: jitGateway(options.schema) };
    await super.registerServer(withJit as ApolloDriverConfig);
  }
}
