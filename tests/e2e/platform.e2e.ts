import { AccountStatus } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import { createTestApp, registerMember, type TestApp } from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

const app = (env: Record<string, string> = {}, shared?: TestApp) =>
  createTestApp({
    appModule: (config) => AppModule.forRoot(config),
    env,
    ...(shared ? { database: shared.database, redisPrefix: shared.config.REDIS_PREFIX } : {}),
  });

describe('the platform over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app();
  });
  afterAll(() => t.close());

  it('reports health with database and Redis status', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', degraded: false, database: 'up', redis: 'up' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves Prometheus metrics', async () => {
    await fetch(`${t.url}/health`);
    const res = await fetch(`${t.url}/metrics`);
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(text).toMatch(/haven_http_request_duration_seconds_bucket/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ viewer { email } }')}`);
    expect(res.status).toBe(400);
  });

  it('never exposes e-mail on User', async () => {
    const member = await registerMember(t.gql);
    const res = await t.gql.request(`query($h: String!) { user(handle: $h) { id email } }`, {
      h: member.handle,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await t.gql.ok<{ user: Record<string, unknown> }>(
      `query($h: String!) { user(handle: $h) { id handle } }`,
      {
        h: member.handle,
      },
    );
    expect(JSON.stringify(ok)).not.toContain(member.email);
  });

  it('guards roles: visitors are UNAUTHENTICATED, members and moderators FORBIDDEN from admin mutations', async () => {
    const member = await registerMember(t.gql);
    const target = await registerMember(t.gql);
    const setRole = 'mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id role } }';
    expect(await t.gql.errorCode(setRole, { id: target.id })).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(setRole, { id: target.id })).toBe('FORBIDDEN');
  });

  it('refuses writes from a suspended member, naming the end, but lets them read and sign out', async () => {
    const member = await registerMember(t.gql);
    const until = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    await t.app.get(UsersService).setStatus(member.id, AccountStatus.SUSPENDED, until);
    const res = await member.gql.request(`mutation { updateProfile(input: { bio: "hello" }) { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toContain(until.toISOString());
    const { viewer } = await member.gql.ok<{ viewer: { status: string; suspendedUntil: string } }>(
      '{ viewer { status suspendedUntil } }',
    );
    expect(viewer).toEqual({ status: 'SUSPENDED', suspendedUntil: until.toISOString() });
    await member.gql.ok(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: member.refreshToken });
  });

  it('bans: the member cannot sign in and their token stops working', async () => {
    const member = await registerMember(t.gql);
    await t.app.get(UsersService).setStatus(member.id, AccountStatus.BANNED);
    expect(await member.gql.errorCode('{ viewer { email } }')).toBe('FORBIDDEN');
    const code = await t.gql.errorCode(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: member.email, password: member.password },
    });
    expect(code).toBe('FORBIDDEN');
  });
});

describe('operation limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app({ GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_COST: '10' });
  });
  afterAll(() => t.close());

  it('refuses a query deeper than the limit before running it', async () => {
    const res = await t.gql.request('{ viewer { user { id } } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/nested too deeply/);
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a query that costs more than the limit', async () => {
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: crisisResources { name }`).join(' ');
    const res = await t.gql.request(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/too much at once/);
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const res = await t.gql.request('{ __schema { types { name } } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unexpected failure with a neutral INTERNAL_SERVER_ERROR and no stack trace', async () => {
    await t.dataSource.query('ALTER TABLE users RENAME TO users_gone');
    try {
      const res = await t.gql.request(`{ user(handle: "someone") { id } }`);
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions?.['stacktrace']).toBeUndefined();
      expect(JSON.stringify(res)).not.toMatch(/users|relation|SELECT/i);
    } finally {
      await t.dataSource.query('ALTER TABLE users_gone RENAME TO users');
    }
  });

  it('reports 503 when the database is down', async () => {
    await t.dataSource.query('SELECT 1');
    const db = t.dataSource;
    const original = db.query.bind(db);
    (db as { query: unknown }).query = () => Promise.reject(new Error('down'));
    try {
      const res = await fetch(`${t.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ database: 'down' });
    } finally {
      (db as { query: unknown }).query = original;
    }
  });
});

describe('two instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await app({ RATE_LIMIT_LOGIN: '3/60' });
    b = await app({ RATE_LIMIT_LOGIN: '3/60' }, a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('share sessions: a token from one works on the other, and a refresh on one rotates for both', async () => {
    const member = await registerMember(a.gql);
    const onB = b.gql.withToken(member.accessToken);
    expect(
      (await onB.ok<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }')).viewer.user.id,
    ).toBe(member.id);
    await b.gql.ok(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, {
      t: member.refreshToken,
    });
    const replay = await a.gql.errorCode(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      {
        t: member.refreshToken,
      },
    );
    expect(replay).toBe('UNAUTHENTICATED');
  });

  it('share rate limits through Redis', async () => {
    const login = (gql: TestApp['gql']) =>
      gql.request(
        `mutation { login(input: { email: "limit@example.org", password: "not the password" }) { accessToken } }`,
      );
    const codes = [];
    for (const gql of [a.gql, b.gql, a.gql, b.gql])
      codes.push((await login(gql)).errors?.[0].extensions?.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});

describe('the general per-IP limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app({ RATE_LIMIT_GENERAL: '5/60' });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED past the limit', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${t.url}/health`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const res = await t.gql.request('{ viewer { email } }');
    expect(res.status).toBe(429);
    expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('the registration limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app({ RATE_LIMIT_REGISTER: '2/60' });
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED past the limit and creates no account', async () => {
    await registerMember(t.gql);
    await registerMember(t.gql);
    const res = await t.gql.request(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
      i: { email: 'third@example.org', handle: 'third_one', password: 'a long enough password' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE handle_key = 'third_one'`,
    );
    expect(n).toBe(0);
  });
});
