import { Field, ObjectType } from '@nestjs/graphql';
import { BadInputError } from '../errors';

/** A search is at most this many characters. */
export const SEARCH_QUERY_MAX = 200;

/** A search as typed: control characters dropped, spaces collapsed; refused when empty or too long. */
export function validateSearchText(value: unknown): string {
  const query = (typeof value === 'string' ? value : '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (query.length < 1) throw new BadInputError('Type something to search for.', { argument: 'query' });
  if (query.length > SEARCH_QUERY_MAX) {
    throw new BadInputError(`A search can be at most ${SEARCH_QUERY_MAX} characters.`, { argument: 'query' });
  }
  return query;
}

/** At most this many words of a search are matched (each one as a word prefix). */
export const SEARCH_WORDS_MAX = 12;

/** Marks ts_headline puts around a match; control characters, so no text can forge them. */
const START = '\u0002';
const STOP = '\u0003';

/**
 * The options of every search snippet (ts_headline): up to two fragments of about 30 words around the
 * matches. Passed to PostgreSQL as a parameter.
 */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** How many trailing characters of a long typed word may be dropped, and the shortest prefix kept. */
const TRIM_MAX = 3;
const PREFIX_MIN = 4;

/**
 * One typed word as tsquery alternatives. The text's words are indexed as English stems ("meditation"
 * as "medit"), so a typed part of a word may run past its stem ("meditat"): a long word also matches
 * as its shorter prefixes, down to three characters fewer (never under four).
 */
function wordAlternatives(word: string): string {
  const chars = [...word];
  const shortest = Math.max(PREFIX_MIN, chars.length - TRIM_MAX);
  const prefixes = [word];
  for (let length = chars.length - 1; length >= shortest; length--)
    prefixes.push(chars.slice(0, length).join(''));
  return prefixes.length === 1 ? `${word}:*` : `(${prefixes.map((p) => `${p}:*`).join(' | ')})`;
}

/**
 * A member's search as a PostgreSQL tsquery (english) that matches word prefixes: every word must
 * begin a word of the text ("head" finds "headache"). Only letters and digits are kept, so no
 * operator can be injected; null when nothing searchable is left.
 */
export function prefixTsQuery(text: string): string | null {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, SEARCH_WORDS_MAX);
  return unique.length > 0 ? unique.map(wordAlternatives).join(' & ') : null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A ts_headline result (over Markdown source) as safe HTML: Markdown marks and link targets dropped,
 * every character escaped, and only the matches wrapped in <mark>. Nothing else is markup.
 */
export function safeHeadline(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const plain = raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*>+/gm, ' ')
    .replace(/[#*_`~|[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.replace(/[\u0002\u0003]/g, '').trim() === '') return null;
  const escaped = plain.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  return escaped
    .replace(/\u0002([^\u0002\u0003]*)\u0003/g, (_, match: string) => `<mark>${match}</mark>`)
    .replace(/[\u0002\u0003]/g, '')
    .trim();
}

@ObjectType('SearchSnippet', { description: 'Where a search matched, for a search result.' })
export class SearchSnippetObject {
  @Field({
    description: 'Plain text around the matches, HTML-escaped, with each match in <mark>: no other markup.',
  })
  html: string;

  @Field({ description: 'The words matched in a reply (a comment) rather than the item itself.' })
  inReply: boolean;
}

/** The snippet of a search row, or null when there is nothing to show. */
export function searchSnippet(raw: string | null | undefined, inReply = false): SearchSnippetObject | null {
  const html = safeHeadline(raw);
  return html === null ? null : { html, inReply };
}
