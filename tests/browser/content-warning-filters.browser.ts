import { GraphqlClient, registerMember } from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { useBrowserSession } from './support/browser-session';
import { signUpInBrowser } from './support/viewports';

const session = useBrowserSession();

describe('content-warning filters in the browser', () => {
  it('hides posts carrying a chosen warning from the member’s category list, from the profile page', async () => {
    const gql = new GraphqlClient(session.server.url);
    const author = await registerMember(gql);
    const { categories } = await gql.ok<{ categories: { id: string; slug: string; name: string }[] }>(
      `{ categories { id slug name } }`,
    );
    const category = categories[0];
    const post = (title: string, contentWarnings: string[]) =>
      author.gql.ok(`mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`, {
        input: { categoryId: category.id, title, body: 'How the weeks went.', contentWarnings },
      });
    await post('Letters to my father', ['GRIEF']);
    await post('A good week at the clinic', []);

    const { page, errors } = await session.openPage();
    await signUpInBrowser(page, 'filter');
    await page.goto(`/forum/c/${category.slug}`);
    await page.getByRole('link', { name: 'Letters to my father' }).waitFor();

    await page.goto('/profile');
    const section = page.getByRole('region', { name: 'Hide posts with these warnings' });
    const group = section.getByRole('group', { name: 'Leave out posts carrying any of these warnings' });
    await group.getByRole('checkbox', { name: 'Grief' }).check();
    await section.getByRole('button', { name: 'Save filter' }).click();
    await section.getByText('Your filter is saved.').waitFor();
    await expectAccessible(page, 'the profile page with a content-warning filter');

    await page.reload();
    await section.getByRole('checkbox', { name: 'Grief' }).waitFor();
    await expect(section.getByRole('checkbox', { name: 'Grief' }).isChecked()).resolves.toBe(true);
    await expect(section.getByRole('checkbox', { name: 'Trauma' }).isChecked()).resolves.toBe(false);

    await page.goto(`/forum/c/${category.slug}`);
    await page.getByRole('link', { name: 'A good week at the clinic' }).waitFor();
    await expect(page.getByRole('link', { name: 'Letters to my father' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
