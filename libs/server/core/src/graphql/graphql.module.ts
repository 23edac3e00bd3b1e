import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { formatGraphqlError } from '../errors';
import { RateLimiter } from '../rate-limit/rate-limiter.service';
import { inputBoundaryPlugin } from './input-boundary.plugin';
import { JitApolloDriver } from './jit-executor';
import { operationLimitsPlugin } from './operation-limits.plugin';
import { dropPropertyResolvers } from './property-fields';
import { RequestLoaders } from './request-loaders';
import { uncacheablePlugins } from './uncacheable.plugin';
import './enums';

export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}

const logger = new Logger('GraphQL');

/**
 * GraphQL at /graphql: code-first schema, error mapping, the text boundary, operation limits, per-request
 * loaders; queries run compiled by graphql-jit, plain fields read as properties (`dropPropertyResolvers`).
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: JitApolloDriver,
      inject: [AppConfig, RateLimiter],
      useFactory: (config: AppConfig, limiter: RateLimiter): ApolloDriverConfig => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        transformSchema: (schema) => {
          dropPropertyResolvers(schema);
          return schema;
        },
        introspection: !config.isProduction,
        playground: false,
        csrfPrevention: true,
        includeStacktraceInErrorResponses: !config.isProduction,
        context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
          req,
          res,
          loaders: new RequestLoaders(),
        }),
        formatError: (formatted, error) =>
          formatGraphqlError(formatted, error, {
            includeStack: !config.isProduction,
            onInternal: (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
          }),
        plugins: [
          ...uncacheablePlugins(),
          inputBoundaryPlugin(),
          operationLimitsPlugin({
            maxDepth: config.GRAPHQL_MAX_DEPTH,
            maxCost: config.GRAPHQL_MAX_COST,
            expensiveBudget: config.rateLimits.expensive,
            limiter,
          }),
        ],
      }),
    }),
  ],
})
export class HavenGraphqlModule {}
