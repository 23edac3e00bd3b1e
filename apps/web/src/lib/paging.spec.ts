import { describe, expect, it } from '@jest/globals';
import { appendPage } from './paging';

interface Comments {
  post: {
    id: string;
    title: string;
    comments: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  } | null;
}

const page = (title: string, ids: string[], endCursor: string | null): Comments => ({
  post: {
    id: 'p1',
    title,
    comments: { nodes: ids.map((id) => ({ id })), pageInfo: { hasNextPage: endCursor !== null, endCursor } },
  },
});
const select = (data: Comments) => data.post?.comments;

describe('appendPage', () => {
  it('appends the next page’s nodes to the earlier ones, taking everything else from the newer answer', () => {
    const merged = appendPage(page('Old title', ['c1', 'c2'], 'k2'), page('New title', ['c3'], null), select);
    expect(merged).toEqual({
      post: {
        id: 'p1',
        title: 'New title',
        comments: {
          nodes: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    });
  });

  it('works on a connection at the top of the answer', () => {
    const top = (ids: string[], endCursor: string | null) => ({
      posts: { nodes: ids.map((id) => ({ id })), pageInfo: { hasNextPage: true, endCursor } },
    });
    expect(appendPage(top(['a'], 'k1'), top(['b'], 'k2'), (d) => d.posts)).toEqual(top(['a', 'b'], 'k2'));
  });

  it('leaves the earlier answers as they were', () => {
    const earlier = page('Old title', ['c1'], 'k1');
    const next = page('Old title', ['c2'], null);
    appendPage(earlier, next, select);
    expect(earlier).toEqual(page('Old title', ['c1'], 'k1'));
    expect(next).toEqual(page('Old title', ['c2'], null));
  });

  it('takes the next page as it is when there is nothing earlier to join it to', () => {
    const next = page('Title', ['c2'], null);
    expect(appendPage(undefined, next, select)).toBe(next);
    expect(appendPage({ post: null }, next, select)).toBe(next);
    expect(appendPage(page('Title', ['c1'], 'k1'), { post: null }, select)).toEqual({ post: null });
  });
});
