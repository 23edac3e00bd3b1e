import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { createTestApp, type TestApp } from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

interface Shape {
  method?: string;
  headers?: Record<string, string>;
  /** A JSON value to send, or a raw string body. */
  body?: unknown;
  raw?: string;
  query?: string;
  /** The HTTP status when it is not 400. */
  status?: number;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const ok = '{ __typename }';
const aliases = (field: string, n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
/** The malformed requests a careless or hostile client sends; each is a 4xx with a client code. */
const SHAPES: Record<string, Shape> = {
  'a batched array': { body: [{ query: ok }, { query: ok }] },
  'an empty batch': { body: [] },
  'a JSON null body': { raw: 'null' },
  'a JSON string body': { raw: '"{ __typename }"' },
  'a JSON number body': { raw: '42' },
  'malformed JSON': { raw: '{"query": "{ __typename }"' },
  'no query': { body: {} },
  'a number for query': { body: { query: 42 } },
  'an object for query': { body: { query: { a: 1 } } },
  'an empty query': { body: { query: '' } },
  'a syntax error': { body: { query: '{ posts { ' } },
  'a string for variables': { body: { query: ok, variables: 'abc' } },
  'an array for variables': { body: { query: ok, variables: [1, 2] } },
  'a number for variables': { body: { query: ok, variables: 7 } },
  'a number for operationName': { body: { query: ok, operationName: 3 } },
  'an object for operationName': { body: { query: ok, operationName: { a: 1 } } },
  'a string for extensions': { body: { query: ok, extensions: 'x' } },
  'an unknown operation name': { body: { query: 'query A { __typename }', operationName: 'B' } },
  'two operations and no name': { body: { query: 'query A { __typename } query B { __typename }' } },
  'an unknown field': { body: { query: '{ nope }' } },
  'a variable of the wrong type': {
    body: { query: 'query($n: Int) { posts(first: $n) { nodes { id } } }', variables: { n: 'many' } },
  },
  'a missing required variable': { body: { query: 'query($h: String!) { user(handle: $h) { id } } ' } },
  'a variable of an unknown type': { body: { query: 'query($h: Nope) { __typename }', variables: { h: 1 } } },
  'a subscription': { body: { query: 'subscription { anything }' } },
  'an unknown persisted query': {
    body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
  },
  'a persisted query of another version': {
    body: { query: ok, extensions: { persistedQuery: { version: 2, sha256Hash: 'b'.repeat(64) } } },
  },
  'a persisted query whose hash does not match': {
    body: { query: ok, extensions: { persistedQuery: { version: 1, sha256Hash: 'c'.repeat(64) } } },
  },
  'introspection in production': { body: { query: '{ __schema { types { name } } }' } },
  'a query nested too deeply': {
    body: { query: '{ posts { nodes { comments { nodes { author { id } } } } } }' },
  },
  'a query that costs too much': {
    body: { query: '{ posts(first: 100) { nodes { comments(first: 100) { nodes { id body } } } } }' },
  },
  'aliased safety previews': {
    body: { query: aliases('previewSafety(text: "calm") { crisisDetected }', 50) },
  },
  'a GET mutation': {
    method: 'GET',
    headers: PREFLIGHT,
    query: 'mutation { logout(refreshToken: "x") }',
    status: 405,
  },
  'a GET without the CSRF header': { method: 'GET', query: ok },
  'a text/plain POST (CSRF)': {
    headers: { 'content-type': 'text/plain' },
    raw: JSON.stringify({ query: ok }),
  },
  'a form POST (CSRF)': {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    raw: `query=${encodeURIComponent(ok)}`,
  },
  'a multipart POST (CSRF)': {
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    raw: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n',
  },
  'a PUT': { method: 'PUT', body: { query: ok }, status: 405 },
};

describe('sweep: malformed request shapes on the production configuration', () => {
  let t: TestApp;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { NODE_ENV: 'production', GRAPHQL_MAX_DEPTH: '5' },
    });
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('covers at least the 35 shapes found', () => {
    expect(Object.keys(SHAPES).length).toBeGreaterThanOrEqual(35);
  });

  it.each(Object.entries(SHAPES))(
    '%s: a 4xx with BAD_REQUEST or BAD_USER_INPUT, not logged as a fault',
    async (_name, shape) => {
      logged.length = 0;
      const method = shape.method ?? 'POST';
      const url = `${t.url}/graphql${shape.query !== undefined ? `?query=${encodeURIComponent(shape.query)}` : ''}`;
      const hasBody = method !== 'GET';
      const res = await fetch(url, {
        method,
        headers: {
          ...(hasBody && shape.raw === undefined ? JSON_TYPE : {}),
          ...(shape.raw !== undefined && !shape.headers ? JSON_TYPE : {}),
          ...shape.headers,
        },
        body: hasBody ? (shape.raw ?? JSON.stringify(shape.body)) : undefined,
      });
      const text = await res.text();
      expect({ status: res.status }).toEqual({ status: shape.status ?? 400 });
      expect(text).not.toContain('INTERNAL_SERVER_ERROR');
      expect(text).not.toMatch(/stacktrace|\n\s+at /);
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      expect(['BAD_REQUEST', 'BAD_USER_INPUT']).toContain(body.errors?.[0]?.extensions?.code);
      expect(logged).toEqual([]);
    },
  );

  it('answers a good request normally, and the hash of a known persisted query works', async () => {
    const res = await t.gql.request(ok);
    expect(res).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    const sha256Hash = createHash('sha256').update(ok).digest('hex');
    const first = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ query: ok, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    expect(first.status).toBe(200);
  });
});
