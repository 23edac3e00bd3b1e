import { GraphqlClient, registerMember, signIn } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { useBrowserSession } from './support/browser-session';
import { newModerator, signInOnTheWeb } from './support/members';

const session = useBrowserSession();
let gql: GraphqlClient;

beforeAll(() => {
  gql = new GraphqlClient(session.server.url);
});

describe('appeals in the browser', () => {
  it('a suspended member appeals from the suspension notice and a second moderator reverses it', async () => {
    // A member's post earns them a suspension from one moderator.
    const member = await registerMember(gql);
    const acting = await newModerator(session.server, gql);
    const second = await newModerator(session.server, gql);
    const { categories } = await gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const { createPost } = await member.gql.ok<{ createPost: { post: { id: string } } }>(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`,
      { input: { categoryId: categories[0].id, title: 'A hard week', body: 'Some days are better.' } },
    );
    await acting.gql.ok(
      `mutation($id: ID!, $i: ModerateContentInput!) { moderatePost(id: $id, input: $i) { id } }`,
      { id: createPost.post.id, i: { action: 'SUSPEND_USER', suspendDays: 7, note: 'Cooling off.' } },
    );

    // The member sees the suspension notice on every page, and appeals from it.
    const { page, errors } = await session.openPage();
    await signInOnTheWeb(page, member);
    const notice = page.locator('.site-notice').filter({ hasText: 'Your account is suspended' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Appeal this decision' }).click();
    await notice.getByRole('button', { name: 'Send appeal' }).click();
    await notice.getByText('Tell the moderators why you are appealing.').waitFor();
    await notice
      .getByLabel('Why should this decision be looked at again?')
      .fill('I was describing my own treatment, not advising anyone.');
    await notice.getByRole('button', { name: 'Send appeal' }).click();
    await notice.getByText('Appeal open').waitFor();
    await expectAccessible(page, 'the suspension notice with an open appeal');

    // The moderator who suspended them is told someone else decides.
    const { moderationQueue } = await second.gql.ok<{
      moderationQueue: { nodes: { id: string; sources: string[]; author: { id: string } | null }[] };
    }>(`{ moderationQueue(first: 50) { nodes { id sources author { id } } } }`);
    const appealCase = moderationQueue.nodes.find(
      (c) => c.sources.includes('APPEAL') && c.author?.id === member.id,
    )!;
    const { page: actingPage } = await session.openPage();
    await signInOnTheWeb(actingPage, acting);
    await actingPage.goto(`/moderation/cases/${appealCase.id}`);
    await actingPage
      .getByText('You took the decision under appeal, so another moderator will decide it.')
      .waitFor();

    // A second moderator reads the appeal, inserts the saved reply and reverses the decision.
    const { page: review, errors: reviewErrors } = await session.openPage();
    await signInOnTheWeb(review, second);
    await review.goto(`/moderation/cases/${appealCase.id}`);
    await review.getByRole('heading', { level: 3, name: 'The appeal' }).waitFor();
    await review.getByText('I was describing my own treatment, not advising anyone.').waitFor();
    await review.getByText('Cooling off.').first().waitFor();
    await expectAccessible(review, 'an appeal case');
    await review.getByText('Saved replies').click();
    await review.getByRole('button', { name: 'Insert Appeal reversed' }).click();
    const note = review.getByRole('textbox', { name: /Note/ });
    expect(await note.inputValue()).toContain('reversed it');
    await review.getByRole('radio', { name: /Reverse the decision/ }).check();
    await review.getByRole('button', { name: 'Reverse the decision and resolve' }).click();
    await review.getByText('Resolved: Reverse the decision.').first().waitFor();
    expect(reviewErrors).toEqual([]);

    // The member is active again and the notices page says the appeal was reversed.
    const fresh = await signIn(gql, member.email, member.password);
    const { viewer } = await fresh.gql.ok<{ viewer: { status: string } }>(`{ viewer { status } }`);
    expect(viewer.status).toBe('ACTIVE');
    await page.goto('/notices');
    await page.getByRole('heading', { level: 1, name: 'Notices' }).waitFor();
    await page.getByText('Appeal reversed').first().waitFor();
    await page.getByText(/your suspension is lifted/).waitFor();
    expect(await page.locator('.site-notice').filter({ hasText: 'suspended' }).count()).toBe(0);
    await expectAccessible(page, 'the notices page after the appeal');
    expect(errors).toEqual([]);
  });

  it('an admin manages saved replies from the moderation pages; members cannot open them', async () => {
    const { page, errors } = await session.openPage();
    await signInOnTheWeb(page, session.server.admin);
    await page.goto('/moderation');
    await page
      .getByRole('navigation', { name: 'Moderation' })
      .getByRole('link', { name: 'Saved replies' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Saved replies' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Check-in after a crisis post' }).waitFor();
    await expectAccessible(page, 'the saved replies page');

    const adding = page.getByRole('region', { name: 'Add a saved reply' });
    await adding.getByRole('button', { name: 'Add saved reply' }).click();
    await adding.getByText('A title has 1 to 100 characters.').waitFor();
    await adding.getByLabel('Title').fill('Welcome back');
    await adding.getByLabel('Text').fill('Good to see you again.');
    await adding.getByRole('button', { name: 'Add saved reply' }).click();
    await page.getByText('Saved reply “Welcome back” added.').waitFor();

    await page.getByRole('button', { name: 'Edit Welcome back' }).click();
    await page.locator('.saved-reply-form').last().getByLabel('Text').fill('So good to see you again.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved reply “Welcome back” saved.').waitFor();
    await page.getByText('So good to see you again.').waitFor();

    await page.getByRole('button', { name: 'Delete Welcome back' }).click();
    await page.getByRole('button', { name: 'Yes, delete Welcome back' }).click();
    await page.getByText('Saved reply “Welcome back” deleted.').waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'Welcome back', exact: true })
      .waitFor({ state: 'detached' });
    expect(errors).toEqual([]);

    const member = await registerMember(gql);
    const { page: memberPage } = await session.openPage();
    await signInOnTheWeb(memberPage, member);
    await memberPage.goto('/moderation/saved-replies');
    await memberPage.getByText('This page is for the moderation team').waitFor();
    expect(await memberPage.getByRole('heading', { level: 1, name: 'Saved replies' }).count()).toBe(0);
  });
});
