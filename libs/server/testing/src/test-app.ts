import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource, Logger as TypeormLogger, QueryRunner } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  CoreModule,
  PinoNestLogger,
  configureApp,
  createRootLogger,
  type AppConfig,
  type DatabaseOptions,
} from '@haven/server/core';
import { IdentityModule, identityEntities } from '@haven/server/identity';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase, type TestDatabase } from './test-database';
import { testConfig } from './test-config';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  url: string;
  gql: GraphqlClient;
  database: TestDatabase;
  dataSource: DataSource;
  /** Counts the SQL statements run while `work` runs. */
  countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number; sql: string[] }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Domain modules to load beside the platform and identity. */
  imports?: (Type | DynamicModule)[];
  /** Their entities (identity's are always there). */
  entities?: DatabaseOptions['entities'];
  /** A whole application module instead (the e2e suites pass Haven's AppModule). */
  appModule?: (config: AppConfig) => DynamicModule;
  env?: Record<string, string | undefined>;
  /** Reuse a database (a second instance of the same deployment). */
  database?: TestDatabase;
  /** Reuse a Redis prefix (a second instance of the same deployment). */
  redisPrefix?: string;
}

/** Boots a real server on a random port, on a database of its own, with real Redis. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(database.url, {
    ...(options.redisPrefix ? { REDIS_PREFIX: options.redisPrefix } : {}),
    ...options.env,
  });
  const entities = [
    ...identityEntities,
    ...((options.entities as unknown[]) ?? []),
  ] as DatabaseOptions['entities'];

  @Module({})
  class TestRootModule {
    static forRoot(): DynamicModule {
      return {
        module: TestRootModule,
        imports: [
          CoreModule.forRoot({ config, entities, migrations: [] }),
          IdentityModule,
          ...(options.imports ?? []),
        ],
      };
    }
  }

  const root = options.appModule ? options.appModule(config) : TestRootModule.forRoot();
  const logger = createRootLogger(process.env.LOG_LEVEL ?? 'fatal');
  const app = await NestFactory.create<NestExpressApplication>(root, {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  configureApp(app, config, logger);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get<DataSource>(getDataSourceToken());

  const countQueries: TestApp['countQueries'] = async (work) => {
    const sql: string[] = [];
    const original = dataSource.logger;
    const counting: TypeormLogger = {
      logQuery: (query: string, parameters?: unknown[], runner?: QueryRunner) => {
        sql.push(query);
        original.logQuery(query, parameters, runner);
      },
      logQueryError: (...args) => original.logQueryError(...args),
      logQuerySlow: (...args) => original.logQuerySlow(...args),
      logSchemaBuild: (...args) => original.logSchemaBuild(...args),
      logMigration: (...args) => original.logMigration(...args),
      log: (...args) => original.log(...args),
    };
    (dataSource as { logger: TypeormLogger }).logger = counting;
    try {
      const result = await work();
      return { result, queries: sql.length, sql };
    } finally {
      (dataSource as { logger: TypeormLogger }).logger = original;
    }
  };

  return {
    app,
    config,
    url,
    gql: new GraphqlClient(url, null, database.url),
    database,
    dataSource,
    countQueries,
    async close() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
