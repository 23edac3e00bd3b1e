#!/usr/bin/env node
// Writes apps/api/schema.graphql from the code: boots the API on a scratch database and prints its schema.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
execFileSync('npm', ['run', '--silent', 'build:api'], { stdio: 'inherit' });
require('reflect-metadata');
const { loadConfig } = require('../dist/api/libs/server/core/src/index.js');
const { createApp } = require('../dist/api/apps/api/src/bootstrap.js');
const { printAppSchema } = require('../dist/api/apps/api/src/schema-printer.js');

const admin = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const name = `haven_schema_${process.pid}`;
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`CREATE DATABASE ${name}`);
try {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'admin@haven.local',
    ADMIN_PASSWORD: randomBytes(16).toString('hex'),
  });
  const app = await createApp(config);
  await app.init();
  writeFileSync('apps/api/schema.graphql', printAppSchema(app));
  await app.close();
  console.log('Wrote apps/api/schema.graphql');
} finally {
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}
