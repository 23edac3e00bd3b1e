import { LIMITS } from '@haven/shared/contracts';
import { BadInputError } from '../errors';

/** A cursor is the sort key of the last row seen, opaque to clients (base64url JSON). */
export type CursorValue = string | number | null;
export type CursorKey = readonly CursorValue[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  if (cursor.length > 512) throw new BadInputError('The cursor is not valid.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadInputError('The cursor is not valid.');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity ||
    !parsed.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  ) {
    throw new BadInputError('The cursor is not valid.');
  }
  return parsed as CursorValue[];
}

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

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only says that another page exists.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { endCursor: last ? encodeCursor(keyOf(last)) : null, hasNextPage } };
}
