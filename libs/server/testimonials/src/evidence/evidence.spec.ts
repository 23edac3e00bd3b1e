import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '@haven/server/testing';
import { registerMember } from '@haven/server/testing';
import { createTestimonialsApp, publishTestimonial } from '../testimonial.fixtures';
import { parseEvidencePage } from './evidence.service';

const DIR = join(__dirname, 'pages');
const PAGE = `query($slug: String!) { evidencePage(slug: $slug) {
  slug title summary tags lastReviewed html figures { published community value n } } }`;

describe('evidence pages', () => {
  it('every page has a title, a review date, references and the peer-support notice; the HTML is sanitised', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(7);
    for (const file of files) {
      const page = parseEvidencePage(file, readFileSync(join(DIR, file), 'utf8'));
      expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(page.html).toContain('<h3>References</h3>');
      expect(page.html).toMatch(/<ol>\s*<li>/);
      expect(page.html).toMatch(/not (financial or )?medical advice/);
      expect(page.tags.length).toBeGreaterThan(0);
    }
    const hostile = parseEvidencePage(
      'x',
      '---\ntitle: T\nsummary: S\ntags: [a]\nlastReviewed: 2026-01-01\n---\n<script>alert(1)</script> **b**',
    );
    expect(hostile.html).not.toContain('<script>');
    expect(() => parseEvidencePage('y', 'no front matter')).toThrow(/front matter/);
  });

  describe('served with live figures', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestimonialsApp();
      const member = await registerMember(t.gql);
      await publishTestimonial(t, member.gql, { phq9Before: 20, phq9After: 8 });
      await publishTestimonial(t, member.gql, { phq9Before: 20, phq9After: 15 });
    }, 60_000);
    afterAll(() => t.close());

    it('beside each published figure, the community figure with its n', async () => {
      const res = await t.gql.ok<{
        evidencePage: { figures: { published: string; community: string; value: number; n: number }[] };
      }>(PAGE, { slug: 'response-and-remission' });
      const [response, remission] = res.evidencePage.figures;
      expect(response).toMatchObject({ n: 2, value: 0.5 });
      expect(response.community).toBe('Haven members: 50% of 2, with PHQ-9 scores, at the time of writing');
      expect(remission).toMatchObject({ n: 2, value: 0 });
      const durability = await t.gql.ok<{ evidencePage: { figures: { community: string; n: number }[] } }>(
        PAGE,
        {
          slug: 'how-long-relief-lasts',
        },
      );
      expect(durability.evidencePage.figures[0]).toEqual(
        expect.objectContaining({ n: 0, community: 'Haven members: no figures yet' }),
      );
      const list = await t.gql.ok<{ evidencePages: { slug: string }[] }>('{ evidencePages { slug tags } }');
      expect(list.evidencePages).toHaveLength(7);
      expect(
        (await t.gql.ok<{ evidencePage: null }>(PAGE, { slug: '../etc/passwd' })).evidencePage,
      ).toBeNull();
    });
  });
});
