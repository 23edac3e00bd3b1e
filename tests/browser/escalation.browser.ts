import { GraphqlClient, registerMember, type TestMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { newModerator, signInOnTheWeb } from './support/members';
import { useBrowserSession } from './support/browser-session';

// The spawned server escalates after three seconds, and its job workers look every half second.
const session = useBrowserSession({
  env: () => ({ URGENT_ESCALATION_MINUTES: '0.05', JOBS_POLL_SECONDS: '0.5' }),
});
let gql: GraphqlClient;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});

describe('escalation in the browser', () => {
  it('a moderator on call is paged live about an URGENT case left unclaimed, claims it and resolves it', async () => {
    const moderator = await newModerator(session.server, gql);
    const { page, errors } = await openPageFor(moderator);
    await page.getByRole('table', { name: 'Time to claim urgent cases' }).waitFor();
    await page.getByRole('table', { name: 'Open cases by age' }).waitFor();
    await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('SetOnCall'),
      ),
      page.getByLabel('I am on call').check(),
    ]);
    const { viewer } = await moderator.gql.ok<{ viewer: { onCall: boolean } }>(`{ viewer { onCall } }`);
    expect(viewer.onCall).toBe(true);
    await expectAccessible(page, 'the moderation dashboard');

    // A member reports another's post as a crisis: an URGENT case nobody claims.
    const author = await registerMember(gql);
    const reporter = await registerMember(gql);
    const { categories } = await gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const { createPost } = await author.gql.ok<{ createPost: { post: { id: string } } }>(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`,
      {
        input: {
          categoryId: categories[0].id,
          title: 'Saying goodbye',
          body: 'Giving my things away this week.',
        },
      },
    );
    await reporter.gql.ok(`mutation($input: ReportInput!) { report(input: $input) { id } }`, {
      input: { contentKind: 'POST', contentId: createPost.post.id, reason: 'CRISIS_RISK' },
    });

    // The page arrives live, without a reload, once the escalation time has passed.
    const page1 = page.getByRole('alert').filter({ hasText: 'An urgent case has waited unclaimed' });
    await page1.waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'the queue with an escalated case');
    await page1.getByRole('link', { name: 'Claim it now' }).click();

    await page.getByRole('heading', { level: 1, name: 'Case', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Claim this case' }).click();
    await page.getByText('You have claimed this case.').waitFor();
    await page.getByRole('radio', { name: /Dismiss/ }).check();
    await page.getByRole('textbox', { name: /Note/ }).fill('Called in the crisis team; the post stays up.');
    await page.getByRole('button', { name: 'Dismiss and resolve' }).click();
    await page.getByText('Resolved: Dismiss.').waitFor();

    // The page is also in the moderator's notifications.
    await page.goto('/notifications');
    await page.getByText('An urgent case has waited unclaimed: please look now').first().waitFor();
    expect(errors).toEqual([]);
  });
});

async function openPageFor(moderator: TestMember) {
  const opened = await session.openPage();
  await signInOnTheWeb(opened.page, moderator);
  await opened.page.goto('/moderation');
  await opened.page.getByRole('heading', { level: 1, name: 'Moderation queue', exact: true }).waitFor();
  await opened.page.getByText('Live: new cases appear here without reloading.').waitFor();
  return opened;
}
