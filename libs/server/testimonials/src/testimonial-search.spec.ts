import { registerMember, type TestApp, type TestMember } from '@haven/server/testing';
import {
  createTestimonialsApp,
  moderate,
  publishTestimonial,
  submitTestimonial,
} from './testimonial.fixtures';

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  searchTestimonials(query: $q, first: $first, after: $after) {
    nodes { id title searchSnippet { html inReply } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface SearchPage {
  nodes: { id: string; title: string; searchSnippet: { html: string; inReply: boolean } | null }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const story = (words: string) =>
  `Before treatment every morning felt heavy. ${words} After the third infusion the fog lifted for a few days, and by the sixth I could plan a week ahead again.`;

describe('searching testimonials', () => {
  let t: TestApp;
  let author: TestMember;

  beforeAll(async () => {
    t = await createTestimonialsApp();
    author = await registerMember(t.gql);
  });
  afterAll(() => t.close());

  const search = async (q: string, first?: number, after?: string | null) =>
    (await t.gql.ok<{ searchTestimonials: SearchPage }>(SEARCH, { q, first, after })).searchTestimonials;

  it('matches word prefixes and highlights them in a safe snippet', async () => {
    const published = await publishTestimonial(t, author.gql, {
      title: 'Calmer mornings at last',
      story: story('The migraines and the <b>headaches</b> eased within a week, R&D <3 or not.'),
    });
    const page = await search('head');
    expect(page.nodes.map((n) => n.id)).toEqual([published.id]);
    const snippet = page.nodes[0].searchSnippet;
    expect(snippet?.inReply).toBe(false);
    expect(snippet?.html).toContain('<mark>headaches</mark>');
    // The story's own markup never comes through: the only tags are the marks, the rest is escaped.
    expect(snippet?.html).toContain('R&amp;D &lt;3');
    expect(snippet?.html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    // Every word must match, each as a prefix.
    expect((await search('migra ease')).nodes.map((n) => n.id)).toEqual([published.id]);
    expect((await search('migra nothinglikethis')).nodes).toEqual([]);
  });

  it('finds only PUBLISHED testimonials, for visitors and authors alike', async () => {
    const pending = await submitTestimonial(author.gql, {
      title: 'Pangolin notes',
      story: story('Pangolinesque days.'),
    });
    const removed = await submitTestimonial(author.gql, {
      title: 'Pangolin notes again',
      story: story('Pangolinesque nights.'),
    });
    await moderate(t, removed.id, 'REMOVE', 'Not a story');
    expect((await search('pangolin')).nodes).toEqual([]);
    const own = await author.gql.ok<{ searchTestimonials: SearchPage }>(SEARCH, { q: 'pangolin' });
    expect(own.searchTestimonials.nodes).toEqual([]);
    await moderate(t, pending.id, 'APPROVE');
    expect((await search('pangolin')).nodes.map((n) => n.id)).toEqual([pending.id]);
  });

  it('pages with cursors and refuses bad input', async () => {
    for (let i = 0; i < 3; i++) {
      await publishTestimonial(t, author.gql, {
        title: `Meditative evenings ${i}`,
        story: story('meditation '.repeat(i + 1)),
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SearchPage = await search('meditat', 2, after);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(3);
    for (const q of [`'; DROP TABLE testimonials; --`, 'a & | ! ( ) :* <->', '-', '🙂']) {
      expect(Array.isArray((await search(q)).nodes)).toBe(true);
    }
    expect(await t.gql.errorCode(SEARCH, { q: '   ' })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(SEARCH, { q: 'x'.repeat(201) })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(SEARCH, { q: 'ok', first: 101 })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(SEARCH, { q: 'meditat', after: 'bogus' })).toBe('BAD_USER_INPUT');
  });
});
