import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '@haven/shared/contracts';
import { GraphqlClient } from './graphql-client';
import { TEST_ADMIN } from './test-config';

export interface TestMember {
  id: string;
  handle: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  gql: GraphqlClient;
}

const AUTH_FIELDS = 'accessToken refreshToken viewer { email status user { id handle role } }';

interface AuthData {
  accessToken: string;
  refreshToken: string;
  viewer: { email: string; user: { id: string; handle: string } };
}

function toMember(gql: GraphqlClient, auth: AuthData, password: string): TestMember {
  return {
    id: auth.viewer.user.id,
    handle: auth.viewer.user.handle,
    email: auth.viewer.email,
    password,
    accessToken: auth.accessToken,
    refreshToken: auth.refreshToken,
    gql: gql.withToken(auth.accessToken),
  };
}

/** Registers a new member through the API. */
export async function registerMember(gql: GraphqlClient, handle?: string): Promise<TestMember> {
  const suffix = randomBytes(4).toString('hex');
  const name = handle ?? `member_${suffix}`;
  const password = `a calm river ${suffix}`;
  const data = await gql
    .withToken(null)
    .ok<{ register: AuthData }>(
      `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { email: `${name.toLowerCase()}@example.org`, handle: name, password } },
    );
  return toMember(gql, data.register, password);
}

export async function signIn(gql: GraphqlClient, email: string, password: string): Promise<TestMember> {
  const data = await gql
    .withToken(null)
    .ok<{ login: AuthData }>(`mutation($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`, {
      input: { email, password },
    });
  return toMember(gql, data.login, password);
}

/** The administrator every test server creates from ADMIN_EMAIL / ADMIN_PASSWORD. */
export function signInAdmin(gql: GraphqlClient): Promise<TestMember> {
  return signIn(gql, TEST_ADMIN.email, TEST_ADMIN.password);
}

/**
 * Marks a member's address as confirmed, as following the link of their verification mail does (the
 * verification flow itself is tested in identity). Needs a client made by `createTestApp`.
 */
export async function markEmailVerified(gql: GraphqlClient, userId: string): Promise<void> {
  if (!gql.databaseUrl)
    throw new Error('markEmailVerified needs the GraphqlClient of a createTestApp server');
  const client = new Client({ connectionString: gql.databaseUrl });
  await client.connect();
  try {
    await client.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [userId]);
  } finally {
    await client.end();
  }
}

/**
 * A member with a confirmed address promoted to moderator by the administrator (roles are read fresh
 * on every request).
 */
export async function registerModerator(gql: GraphqlClient, handle?: string): Promise<TestMember> {
  const member = await registerMember(gql, handle);
  await markEmailVerified(gql, member.id);
  const admin = await signInAdmin(gql);
  await admin.gql.ok(`mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id } }`, {
    id: member.id,
    role: Role.MODERATOR,
  });
  return member;
}
