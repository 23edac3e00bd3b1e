import type { TestApp, TestMember } from '@haven/server/testing';

/** Suspends a member as moderators do: a case about their account, resolved with SUSPEND_USER. */
export async function suspendMember(
  t: TestApp,
  moderator: TestMember,
  member: TestMember,
  days = 7,
): Promise<void> {
  const [row] = await t.dataSource.query(
    `INSERT INTO moderation_cases (content_kind, content_id, author_id, excerpt, priority, priority_rank)
     VALUES ('USER', $1, $1, 'member', 'NORMAL', 2) RETURNING id`,
    [member.id],
  );
  await moderator.gql.ok(
    `mutation($id: ID!, $i: ResolveCaseInput!) { resolveCase(id: $id, input: $i) { id } }`,
    { id: row.id, i: { action: 'SUSPEND_USER', suspendDays: days } },
  );
}
