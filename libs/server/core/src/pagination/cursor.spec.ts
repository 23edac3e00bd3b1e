import { decodeCursor, encodeCursor, pageSize, toPage } from './cursor';
import { BadInputError } from '../errors';

describe('cursor pagination', () => {
  it('round-trips a sort key', () => {
    const key = ['2026-01-01T00:00:00.000Z', 'c9c7a4c2-3f1e-4a5b-9d2e-123456789abc'];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it.each(['not base64 json', encodeCursor(['a']), encodeCursor([{}, 'x'] as never), 'x'.repeat(600)])(
    'refuses the malformed cursor %#',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(BadInputError);
    },
  );

  it('caps the page size at 100 and refuses zero or negatives', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(BadInputError);
    expect(() => pageSize(0)).toThrow(BadInputError);
    expect(() => pageSize(-5)).toThrow(BadInputError);
    expect(() => pageSize(2.5)).toThrow(BadInputError);
  });

  it('uses the extra row only to say another page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = toPage(rows, 2, (r) => [r.n]);
    expect(page.nodes).toEqual([{ n: 1 }, { n: 2 }]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor as string, 1)).toEqual([2]);

    const last = toPage(rows, 3, (r) => [r.n]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toPage([], 3, () => []).pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });
});
