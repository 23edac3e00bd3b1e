import { GraphqlClient, registerMember, type TestMember } from '@haven/server/testing';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;

async function writePosts(author: TestMember, categoryId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const { createPost } = await author.gql.ok<{ createPost: { post: { id: string; status: string } } }>(
      CREATE_POST,
      { input: { categoryId, title: `Paged post number ${i}`, body: `Entry ${i} of my treatment diary.` } },
    );
    expect(createPost.post.status).toBe('PUBLISHED');
    ids.push(createPost.post.id);
  }
  return ids;
}

describe('lists that load more', () => {
  it('append the next page of posts, then of comments, keeping what is shown', async () => {
    const gql = new GraphqlClient(session.server.url);
    const [author, first, second] = [
      await registerMember(gql),
      await registerMember(gql),
      await registerMember(gql),
    ];
    const { categories } = await gql.ok<{ categories: { id: string; slug: string }[] }>(
      `{ categories { id slug } }`,
    );
    const category = categories[0] as { id: string; slug: string };
    const [firstPost] = await writePosts(author, category.id, 21);
    // 31 comments: one more than the first page (30), from two other members (each within the write limit).
    for (let i = 1; i <= 31; i += 1) {
      await (i % 2 ? first : second).gql.ok(CREATE_COMMENT, {
        input: { postId: firstPost, body: `Comment number ${i}.` },
      });
    }

    const { page, errors } = await session.openPage();
    await page.goto(`/forum/c/${category.slug}`);
    const titles = page.locator('.f-card__title');
    await titles.first().waitFor();
    await expect(titles.count()).resolves.toBe(20);
    const shown = await titles.allTextContents();
    await page.getByRole('button', { name: 'Show more posts' }).click();
    await page.getByRole('heading', { name: 'Paged post number 2', exact: true }).waitFor();
    // The first page stays, in its order, and the last post joins it at the end.
    const all = await titles.allTextContents();
    expect(all).toHaveLength(21);
    expect(all.slice(0, 20)).toEqual(shown);
    expect(new Set(all.map((t) => t.trim())).size).toBe(21);
    expect(await page.getByRole('button', { name: 'Show more posts' }).count()).toBe(0);

    await page.goto(`/forum/p/${firstPost}`);
    const comments = page.locator('.f-comment');
    await page.getByText('Comment number 30.', { exact: true }).waitFor();
    await expect(comments.count()).resolves.toBe(30);
    await page.getByRole('button', { name: 'Show more comments' }).click();
    await page.getByText('Comment number 31.', { exact: true }).waitFor();
    await expect(comments.count()).resolves.toBe(31);
    await expect(comments.first().textContent()).resolves.toContain('Comment number 1.');
    expect(await page.getByRole('button', { name: 'Show more comments' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
