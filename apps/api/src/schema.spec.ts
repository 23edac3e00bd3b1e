import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { createTestApp, type TestApp } from '@haven/server/testing';
import { AppModule } from './app.module';
import { printAppSchema } from './schema-printer';

const committedPath = join(__dirname, '..', 'schema.graphql');

describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('is what the code generates (run `npm run schema:generate` after changing the API)', () => {
    expect(printAppSchema(t.app)).toBe(readFileSync(committedPath, 'utf8'));
  });

  it('is a superset of the public contract', () => {
    const contract = buildSchema(
      readFileSync(join(__dirname, '..', '..', '..', 'tools', 'contract', 'schema.graphql'), 'utf8'),
    );
    const served = buildSchema(readFileSync(committedPath, 'utf8'));
    const breaks = findBreakingChanges(contract, served);
    expect(breaks.map((b) => b.description)).toEqual([]);
  });
});
