/** The categories every Haven starts with (seeded by the forum migration, idempotently). */
export const STARTER_CATEGORIES: readonly { slug: string; name: string; description: string }[] = [
  {
    slug: 'getting-started',
    name: 'Getting started',
    description:
      'New here? Say hello, ask anything about Haven or about starting out with ketamine or esketamine.',
  },
  {
    slug: 'treatment-experiences',
    name: 'Treatment experiences',
    description: 'Infusions, nasal spray, clinics and sessions: what it was like for you.',
  },
  {
    slug: 'side-effects-safety',
    name: 'Side effects & safety',
    description: 'Dissociation, nausea, blood pressure and everything else worth knowing and sharing.',
  },
  {
    slug: 'integration-therapy',
    name: 'Integration & therapy',
    description: 'Making sense of sessions, therapy alongside treatment, and what helps between them.',
  },
  {
    slug: 'caregivers-family',
    name: 'Caregivers & family',
    description: 'For the people who support someone through depression and treatment.',
  },
  {
    slug: 'research-news',
    name: 'Research & news',
    description: 'Studies, guidelines and news, discussed with care. Community talk, not medical advice.',
  },
];

/** Adds the starter categories that are missing; running it again changes nothing. */
export async function seedStarterCategories(runner: {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}): Promise<void> {
  for (const [position, category] of STARTER_CATEGORIES.entries()) {
    await runner.query(
      `INSERT INTO "forum_categories" ("slug", "name", "description", "position") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("slug") DO NOTHING`,
      [category.slug, category.name, category.description, position],
    );
  }
}
