import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@haven/server/core';
import { DOMAINS, ENTITIES, MIGRATIONS } from './database';

/**
 * The data source of the migration scripts and the test template. With `domain`, only identity's and
 * that domain's entities are loaded, so a generated migration holds that domain's changes only.
 */
export function createDataSource(url: string, domain?: string): DataSource {
  let entities = ENTITIES;
  if (domain) {
    if (!DOMAINS[domain])
      throw new Error(`Unknown domain "${domain}"; add it to apps/api/src/database/database.ts`);
    entities = [...new Set([...DOMAINS['identity'].entities, ...DOMAINS[domain].entities])];
  }
  return new DataSource(dataSourceOptions(url, { entities, migrations: MIGRATIONS }));
}
