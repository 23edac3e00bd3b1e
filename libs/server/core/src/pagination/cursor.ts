import { LIMITS } from '@haven/shared/contracts';
import { BadInputError } from '../errors';

/**
 * The one cursor codec. A cursor is the sort key of the last row seen, tagged with the ordering it
 * belongs to, opaque to clients (base64url JSON). Decoding checks the tag, the arity and each value's
 * type and range, so whatever a client sends, a list gets a well-formed key or BAD_USER_INPUT.
 */
export type CursorField = 'time' | 'id' | 'int' | 'float';

type FieldValue<F extends CursorField> = F extends 'int' | 'float' ? number : string;
export type CursorValues<S extends readonly CursorField[]> = { -readonly [K in keyof S]: FieldValue<S[K]> };

const MAX_CURSOR_LENGTH = 512;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z$/;
const INT_MAX = 2 ** 31 - 1;

function validTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59)
    return false;
  if (second > 59) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const CHECKS: Record<CursorField, (value: unknown) => boolean> = {
  time: validTime,
  id: (value) => typeof value === 'string' && UUID.test(value),
  int: (value) => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT_MAX,
  float: (value) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15,
};

export class CursorCodec<S extends readonly CursorField[]> {
  constructor(
    readonly tag: string,
    readonly shape: S,
  ) {}

  encode(values: CursorValues<S>): string {
    return Buffer.from(JSON.stringify([this.tag, ...(values as unknown[])]), 'utf8').toString('base64url');
  }

  /** The key of a cursor made by `encode`; BAD_USER_INPUT naming `argument` otherwise. */
  decode(cursor: unknown, argument = 'after'): CursorValues<S> {
    const invalid = () => new BadInputError('The cursor is not valid for this list.', { argument });
    if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH)
      throw invalid();
    if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) throw invalid();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (!Array.isArray(parsed) || parsed.length !== this.shape.length + 1 || parsed[0] !== this.tag)
      throw invalid();
    const values = parsed.slice(1);
    this.shape.forEach((field, i) => {
      if (!CHECKS[field](values[i])) throw invalid();
    });
    return values as CursorValues<S>;
  }

  /** A page from rows fetched with `limit + 1`: the extra row only says that another page exists. */
  page<T>(rows: T[], limit: number, keyOf: (row: T) => CursorValues<S>): Page<T> {
    const hasNextPage = rows.length > limit;
    const nodes = hasNextPage ? rows.slice(0, limit) : rows;
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { endCursor: last ? this.encode(keyOf(last)) : null, hasNextPage } };
  }
}

/** A codec for one ordering: `tag` names it, `shape` types its key. */
export function cursorCodec<const S extends readonly CursorField[]>(tag: string, shape: S): CursorCodec<S> {
  return new CursorCodec(tag, shape);
}

/** The common ordering: newest first by (timestamp, id). */
export const TIME_ID: readonly ['time', 'id'] = ['time', 'id'];

/** Validates a page size: 1..100 (the contract's cap), with a default. */
export function pageSize(first: number | null | undefined, fallback = 20, name = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > LIMITS.pageSizeMax) {
    throw new BadInputError(`\`${name}\` must be between 1 and ${LIMITS.pageSizeMax}.`, { argument: name });
  }
  return value;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
