#!/usr/bin/env node
// Migrations: `npm run migration:run` applies pending migrations to DATABASE_URL;
// `npm run migration:generate -- libs/server/<domain>/src/migrations/<name>` writes a migration with what
// the entities need beyond the existing migrations, computed on a scratch database
// (TEST_DATABASE_URL's server, default postgres://postgres@127.0.0.1:5432/postgres).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const [command, target] = process.argv.slice(2);

execFileSync('npm', ['run', '--silent', 'build:api'], { stdio: 'inherit' });
require('reflect-metadata');
const { createDataSource } = require('../dist/api/apps/api/src/database/data-source.js');

async function withScratchDatabase(work) {
  const admin = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `haven_scratch_${process.pid}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}

function toClassName(name, timestamp) {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') + timestamp;
}

const quote = (q) => '`' + q.query.replace(/`/g, '\\`') + '`';

if (command === 'run') {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  const ds = await createDataSource(process.env.DATABASE_URL).initialize();
  const done = await ds.runMigrations({ transaction: 'each' });
  console.log(`Applied ${done.length} migration(s).`);
  await ds.destroy();
} else if (command === 'generate') {
  if (!target)
    throw new Error('usage: npm run migration:generate -- libs/server/<domain>/src/migrations/<name>');
  const domain = /libs\/server\/([a-z-]+)\//.exec(target)?.[1];
  if (!domain) throw new Error('the path must be under libs/server/<domain>/');
  await withScratchDatabase(async (url) => {
    const ds = await createDataSource(url, domain).initialize();
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const name = basename(target);
    const className = toClassName(name, timestamp);
    const file = join(dirname(target), `${timestamp}-${name}.ts`);
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q)});`)
      .join('\n');
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file} (${className}). Add it to the domain's migrations list.`);
  });
} else {
  console.error('usage: node tools/migration.mjs run | generate <path>');
  process.exit(2);
}
