import { ContentWarning, Role } from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';
import {
  archivedCategoryError,
  canChange,
  describeCategoryChange,
  excerptOf,
  mergeWarnings,
  plainExcerpt,
  validateArchived,
  validateCategorySlug,
  validateCommentBody,
  validatePostBody,
  validateSearchQuery,
  validateTagFilter,
  validateTags,
  validateTitle,
  validateWarnings,
} from './forum.rules';

const member = { id: 'm1', role: Role.MEMBER };
const other = { id: 'm2', role: Role.MEMBER };
const moderator = { id: 'mod', role: Role.MODERATOR };

describe('forum rules', () => {
  it('trims titles and collapses their spaces, within 3..200 characters', () => {
    expect(validateTitle('  Hello   there ')).toBe('Hello there');
    expect(() => validateTitle(' ab ')).toThrow(BadInputError);
    expect(() => validateTitle('x'.repeat(201))).toThrow(BadInputError);
    expect(validateTitle('x'.repeat(200))).toHaveLength(200);
  });

  it('keeps bodies as written but refuses blank or oversized ones, and strips NUL characters', () => {
    expect(validatePostBody('  indented code\n\n')).toBe('  indented code');
    expect(validatePostBody('a\u0000b')).toBe('ab');
    expect(() => validatePostBody(' \n\t ')).toThrow(BadInputError);
    expect(() => validatePostBody('x'.repeat(40_001))).toThrow(BadInputError);
    expect(() => validateCommentBody('x'.repeat(10_001))).toThrow(BadInputError);
    expect(validateCommentBody('x'.repeat(10_000))).toHaveLength(10_000);
  });

  it('normalises tags to lowercase slugs, folds duplicates, allows five', () => {
    expect(validateTags([' Side Effects ', 'side_effects', 'IV'])).toEqual(['side-effects', 'iv']);
    expect(validateTags(null)).toEqual([]);
    expect(() => validateTags(['a', 'b', 'c', 'd', 'e', 'f'])).toThrow(BadInputError);
    expect(() => validateTags(['bad!tag'])).toThrow(BadInputError);
    expect(() => validateTags(['-leading'])).toThrow(BadInputError);
    expect(() => validateTags(['x'.repeat(33)])).toThrow(BadInputError);
    expect(validateTagFilter('  ')).toBeNull();
    expect(validateTagFilter('Side Effects')).toBe('side-effects');
  });

  it('keeps known warnings once, in the contract order, and merges added ones', () => {
    expect(validateWarnings([ContentWarning.GRIEF, ContentWarning.TRAUMA, ContentWarning.GRIEF])).toEqual([
      ContentWarning.TRAUMA,
      ContentWarning.GRIEF,
    ]);
    expect(() => validateWarnings(['NOT_A_WARNING'])).toThrow(BadInputError);
    expect(mergeWarnings([ContentWarning.GRIEF], [ContentWarning.SUICIDAL_IDEATION])).toEqual([
      ContentWarning.SUICIDAL_IDEATION,
      ContentWarning.GRIEF,
    ]);
  });

  it('validates search queries and category slugs', () => {
    expect(validateSearchQuery('  ketamine   nausea ')).toBe('ketamine nausea');
    expect(() => validateSearchQuery('')).toThrow(BadInputError);
    expect(() => validateSearchQuery('x'.repeat(201))).toThrow(BadInputError);
    expect(validateCategorySlug('Research-News')).toBe('research-news');
    expect(() => validateCategorySlug('a')).toThrow(BadInputError);
    expect(() => validateCategorySlug('two words')).toThrow(BadInputError);
  });

  it('lets only authors change content, not moderators', () => {
    expect(canChange({ authorId: member.id }, member)).toBe(true);
    expect(canChange({ authorId: member.id }, other)).toBe(false);
    expect(canChange({ authorId: member.id }, moderator)).toBe(false);
  });

  it('makes plain-text excerpts of bodies for lists', () => {
    expect(plainExcerpt('# Title\n\n**Bold** and [a link](https://example.org) `code`')).toBe(
      'Title Bold and a link code',
    );
    expect([...plainExcerpt('word '.repeat(100))]).toHaveLength(240);
  });

  it('makes excerpts of at most 500 characters', () => {
    expect(excerptOf('Title', 'Body\n\nmore')).toBe('Title Body more');
    expect(excerptOf('x'.repeat(600))).toHaveLength(500);
  });
});

describe('category changes', () => {
  const open = { name: 'Evenings', description: 'Talk', archivedAt: null };
  const archived = { ...open, archivedAt: new Date('2026-01-01T00:00:00Z') };

  it('describes each change for the moderation log', () => {
    expect(describeCategoryChange(open, { ...archived, name: 'Nights', description: 'New' }, 2)).toBe(
      'Category “Nights”: renamed “Evenings” to “Nights”; changed the description; moved to place 3; archived.',
    );
    expect(describeCategoryChange(archived, open, null)).toBe(
      'Category “Evenings”: brought back from the archive.',
    );
    expect(describeCategoryChange(open, { ...open }, null)).toBeNull();
  });

  it('takes only true or false for archived, and refuses posts in an archived category with FORBIDDEN', () => {
    expect(validateArchived(true)).toBe(true);
    expect(validateArchived(false)).toBe(false);
    expect(() => validateArchived('yes')).toThrow(BadInputError);
    expect(archivedCategoryError()).toMatchObject({ code: 'FORBIDDEN', details: { field: 'categoryId' } });
  });
});
