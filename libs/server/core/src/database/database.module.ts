import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { runMigrationsLocked } from './migrate';

export interface DatabaseOptions {
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

export function dataSourceOptions(url: string, options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // A connection that cannot be made within 10 s fails the request (SERVICE_UNAVAILABLE) instead of
    // holding it; broken connections leave the pool and new ones are made once the server is back.
    extra: { max: 20, application_name: 'haven', connectionTimeoutMillis: 10_000, keepAlive: true },
  };
}

/** TypeORM on PostgreSQL. Migrations (never `synchronize`) run at boot under an advisory lock. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            if (!config.DATABASE_URL) throw new Error('DATABASE_URL was not resolved before boot');
            return dataSourceOptions(config.DATABASE_URL, options);
          },
          dataSourceFactory: async (dsOptions) => {
            const dataSource = await new DataSource(dsOptions as DataSourceOptions).initialize();
            await runMigrationsLocked(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}
