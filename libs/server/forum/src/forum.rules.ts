import { isUUID } from 'class-validator';
import { ContentWarning, LIMITS } from '@haven/shared/contracts';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  validateSearchText,
  type Actor,
} from '@haven/server/core';

/** Pure rules of the forum: input validation and who may see or change what. */

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUL = /\u0000/g;

export const DELETED_TEXT = '[deleted]';
export const DELETED_HTML = '<p>[deleted]</p>';
export const CATEGORY_LIMITS = {
  nameMin: 2,
  nameMax: 60,
  slugMin: 2,
  slugMax: 60,
  descriptionMax: 300,
} as const;

/** Text as stored: NUL characters (which PostgreSQL refuses) removed. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(NUL, '') : '';
}

export function requireId(id: unknown, what: string): string {
  if (typeof id !== 'string' || !isUUID(id))
    throw new BadInputError(`${what} id is not valid.`, { argument: 'id' });
  return id;
}

export function validateTitle(value: unknown): string {
  const title = cleanText(value).replace(/\s+/g, ' ').trim();
  const { titleMin, titleMax } = LIMITS.post;
  if (title.length < titleMin || title.length > titleMax) {
    throw new BadInputError(`A title needs ${titleMin} to ${titleMax} characters.`, { field: 'title' });
  }
  return title;
}

/** Markdown is stored as written (trailing whitespace aside) and must hold something besides spaces. */
function validateMarkdown(value: unknown, min: number, max: number, what: string, field: string): string {
  const body = cleanText(value).trimEnd();
  if (body.trim().length < min) throw new BadInputError(`${what} cannot be empty.`, { field });
  if (body.length > max) {
    throw new BadInputError(`${what} can be at most ${max.toLocaleString('en-US')} characters.`, { field });
  }
  return body;
}

export function validatePostBody(value: unknown): string {
  return validateMarkdown(value, LIMITS.post.bodyMin, LIMITS.post.bodyMax, 'A post', 'body');
}

export function validateCommentBody(value: unknown): string {
  return validateMarkdown(value, LIMITS.comment.bodyMin, LIMITS.comment.bodyMax, 'A comment', 'body');
}

/** Tags are lowercase slugs ("side-effects"); spaces and underscores become hyphens; duplicates fold. */
export function normalizeTag(value: string): string {
  return cleanText(value)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

export function validateTags(values: readonly unknown[] | null | undefined): string[] {
  if (!values) return [];
  const tags: string[] = [];
  for (const value of values) {
    const tag = normalizeTag(typeof value === 'string' ? value : '');
    if (!TAG.test(tag) || tag.length > LIMITS.post.tagMax) {
      throw new BadInputError(
        `Tags are lowercase words joined by hyphens, up to ${LIMITS.post.tagMax} characters ("side-effects").`,
        { field: 'tags' },
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > LIMITS.post.tagsMax) {
    throw new BadInputError(`A post can have at most ${LIMITS.post.tagsMax} tags.`, { field: 'tags' });
  }
  return tags;
}

const WARNINGS = new Set<string>(Object.values(ContentWarning));

/** Known warnings, each once, in the contract's order. */
export function validateWarnings(values: readonly unknown[] | null | undefined): ContentWarning[] {
  const given = new Set(values ?? []);
  for (const value of given) {
    if (typeof value !== 'string' || !WARNINGS.has(value)) {
      throw new BadInputError('That content warning is not known.', { field: 'contentWarnings' });
    }
  }
  return Object.values(ContentWarning).filter((w) => given.has(w));
}

export function mergeWarnings(a: readonly ContentWarning[], b: readonly ContentWarning[]): ContentWarning[] {
  const all = new Set([...a, ...b]);
  return Object.values(ContentWarning).filter((w) => all.has(w));
}

/** A tag filter given to `posts`: normalised, or refused. */
export function validateTagFilter(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const tag = normalizeTag(value);
  if (!TAG.test(tag) || tag.length > LIMITS.post.tagMax) throw new BadInputError('That tag is not valid.');
  return tag;
}

/** A search as typed (the one rule, shared with testimonials' search). */
export function validateSearchQuery(value: unknown): string {
  return validateSearchText(value);
}

export function validateCategorySlug(value: unknown): string {
  const slug = cleanText(value).trim().toLowerCase();
  if (!SLUG.test(slug) || slug.length < CATEGORY_LIMITS.slugMin || slug.length > CATEGORY_LIMITS.slugMax) {
    throw new BadInputError(
      `A category slug is ${CATEGORY_LIMITS.slugMin} to ${CATEGORY_LIMITS.slugMax} lowercase letters, digits and hyphens.`,
      { field: 'slug' },
    );
  }
  return slug;
}

export function validateCategoryName(value: unknown): string {
  const name = cleanText(value).replace(/\s+/g, ' ').trim();
  if (name.length < CATEGORY_LIMITS.nameMin || name.length > CATEGORY_LIMITS.nameMax) {
    throw new BadInputError(
      `A category name needs ${CATEGORY_LIMITS.nameMin} to ${CATEGORY_LIMITS.nameMax} characters.`,
      { field: 'name' },
    );
  }
  return name;
}

export function validateCategoryDescription(value: unknown): string {
  const description = cleanText(value).trim();
  if (description.length > CATEGORY_LIMITS.descriptionMax) {
    throw new BadInputError(`A description can be at most ${CATEGORY_LIMITS.descriptionMax} characters.`, {
      field: 'description',
    });
  }
  return description;
}

export function validatePosition(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000) {
    throw new BadInputError('A position is a whole number from 0.', { field: 'position' });
  }
  return value;
}

/** The author of one post or comment. */
export interface Authored {
  authorId: string;
}

/**
 * Only authors edit or delete their own content. Moderators act through moderation (`moderatePost`,
 * `moderateComment`, `resolveCase`), so every removal is logged and noticed.
 */
export function canChange(item: Authored, actor: Pick<Actor, 'id'>): boolean {
  return actor.id === item.authorId;
}

export const MODERATE_INSTEAD =
  'Only the author can change this. Moderators remove content with moderatePost or moderateComment.';

/** A plain-text excerpt for the moderation queue, at most 500 characters. */
export function excerptOf(...parts: string[]): string {
  const text = parts.join('\n').replace(/\s+/g, ' ').trim();
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

const EXCERPT_CHARS = 240;

/** The start of a Markdown body as plain text (marks and link targets dropped), at most 240 characters. */
export function plainExcerpt(markdown: string): string {
  const plain = markdown
    .slice(0, EXCERPT_CHARS * 8)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...plain];
  return chars.length <= EXCERPT_CHARS
    ? plain
    : `${chars
        .slice(0, EXCERPT_CHARS - 1)
        .join('')
        .trimEnd()}…`;
}

export const LOCK_NOTE_MAX = 500;

/** A lock note as stored: trimmed, at most LOCK_NOTE_MAX characters; null when empty or absent. */
export function validateLockNote(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new BadInputError('A lock note must be text.', { field: 'note' });
  const note = cleanText(value).trim();
  if (note.length > LOCK_NOTE_MAX) {
    throw new BadInputError(`A lock note has at most ${LOCK_NOTE_MAX} characters.`, {
      field: 'note',
      max: LOCK_NOTE_MAX,
    });
  }
  return note.length > 0 ? note : null;
}

/** Commenting on a locked post: CONFLICT with `locked: true` and the moderator's note. */
export function lockedError(note: string | null): ConflictError {
  return new ConflictError(
    note ? `This thread is locked: ${note}` : 'This thread is locked: it takes no new comments.',
    { locked: true, lockNote: note },
  );
}

/** Posting in, or moving a post to, an archived category: FORBIDDEN, on the category field. */
export function archivedCategoryError(): ForbiddenError {
  return new ForbiddenError('That category is archived: it takes no new posts.', { field: 'categoryId' });
}

export function validateArchived(value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new BadInputError('`archived` must be true or false.', { field: 'archived' });
  return value;
}

interface CategoryFacts {
  name: string;
  description: string;
  archivedAt: Date | null;
}

/**
 * The moderation log's note for a category change, e.g. `Category “B”: renamed “A” to “B”; moved to
 * place 3; archived.` Null when nothing changed.
 */
export function describeCategoryChange(
  before: CategoryFacts,
  after: CategoryFacts,
  movedTo: number | null,
): string | null {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`renamed “${before.name}” to “${after.name}”`);
  if (before.description !== after.description) parts.push('changed the description');
  if (movedTo !== null) parts.push(`moved to place ${movedTo + 1}`);
  if ((before.archivedAt === null) !== (after.archivedAt === null))
    parts.push(after.archivedAt ? 'archived' : 'brought back from the archive');
  if (parts.length === 0) return null;
  return `Category “${after.name}”: ${parts.join('; ')}.`;
}
