import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { registerMember, signIn, type GraphqlClient, type TestMember } from '@haven/server/testing';
import type { HavenServer } from './haven-server';

/** Signs a member in through the sign-in page and waits for the notice that names them. */
export async function signInOnTheWeb(page: Page, member: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The sign-in page itself says "Welcome back."; the notice after signing in names the member.
  await page.getByText(/^Welcome back, \S+\.$/).waitFor();
}

/** A new member with a verified address, made a moderator by the server's administrator. */
export async function newModerator(server: HavenServer, gql: GraphqlClient): Promise<TestMember> {
  const member = await registerMember(gql, `mod_${randomBytes(3).toString('hex')}`);
  await server.markEmailVerified(member.id);
  const admin = await signIn(gql, server.admin.email, server.admin.password);
  await admin.gql.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, {
    id: member.id,
  });
  return member;
}
