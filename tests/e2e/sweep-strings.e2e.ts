import { createTestApp, signInAdmin, type GraphqlClient, type TestApp } from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import {
  operationFor,
  rootFields,
  servedSchema,
  setAt,
  stringPaths,
  variablesFor,
} from './sweeps/schema-walk';

const BAD_TEXT: Record<string, { value: string; code?: string }> = {
  'a NUL byte': { value: 'calm\u0000words', code: 'BAD_USER_INPUT' },
  'a lone surrogate': { value: 'calm\ud800words', code: 'BAD_USER_INPUT' },
  'a trailing lone surrogate': { value: 'calm words\udfff', code: 'BAD_USER_INPUT' },
  // Over every limit (the longest, a post body, is 40 000): refused or ignored, never a fault.
  'an over-long value': { value: 'w'.repeat(50_001) },
};

/** Codes an over-long value may get: a refusal of the input, or whatever the placeholders earn. */
const CLEAN_CODES = new Set([
  'OK',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
]);

describe('sweep: every string argument × NUL, a lone surrogate and an over-long value', () => {
  let t: TestApp;
  let admin: GraphqlClient;

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    admin = (await signInAdmin(t.gql)).gql;
  });
  afterAll(() => t.close());

  it('refuses bad text with BAD_USER_INPUT and never faults, on every query and mutation', async () => {
    const schema = servedSchema();
    const failures: string[] = [];
    let cases = 0;
    for (const kind of ['query', 'mutation'] as const) {
      for (const field of rootFields(schema, kind)) {
        const query = operationFor(kind, field);
        for (const path of stringPaths(field)) {
          const runs = Object.entries(BAD_TEXT).map(async ([label, bad]) => {
            const variables = variablesFor(field);
            setAt(variables, path, bad.value);
            const res = await admin.request(query, variables);
            const code = res.errors?.[0]?.extensions?.code ?? 'OK';
            const where = `${field.name}(${path.join('.')}) × ${label}`;
            if (bad.code && code !== bad.code) failures.push(`${where}: ${code}`);
            if (!bad.code && !CLEAN_CODES.has(String(code))) failures.push(`${where}: ${code}`);
            if (res.status >= 500) failures.push(`${where}: HTTP ${res.status}`);
          });
          cases += runs.length;
          await Promise.all(runs);
        }
      }
    }
    expect(cases).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 180_000);
});
