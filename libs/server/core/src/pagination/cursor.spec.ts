import { cursorCodec, pageSize } from './cursor';
import { BadInputError } from '../errors';

const codec = cursorCodec('N', ['int', 'time', 'id']);
const raw = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const ID = 'c9c7a4c2-3f1e-4a5b-9d2e-123456789abc';

describe('the cursor codec', () => {
  it('round-trips a typed sort key, with millisecond or microsecond times', () => {
    expect(codec.decode(codec.encode([3, '2026-01-01T00:00:00.000Z', ID]))).toEqual([
      3,
      '2026-01-01T00:00:00.000Z',
      ID,
    ]);
    expect(codec.decode(codec.encode([0, '2026-01-01T00:00:00.123456Z', ID]))[1]).toBe(
      '2026-01-01T00:00:00.123456Z',
    );
  });

  it.each([
    ['not base64 json', 'not base64 json'],
    ['too long', 'x'.repeat(600)],
    ['empty', ''],
    ['not an array', raw({ a: 1 })],
    ['another ordering', raw(['A', 3, '2026-01-01T00:00:00.000Z', ID])],
    ['no tag', raw([3, '2026-01-01T00:00:00.000Z', ID])],
    ['too few values', raw(['N', 3, ID])],
    ['too many values', raw(['N', 3, '2026-01-01T00:00:00.000Z', ID, 4])],
    ['a string for the int', raw(['N', '3', '2026-01-01T00:00:00.000Z', ID])],
    ['a fraction for the int', raw(['N', 2.5, '2026-01-01T00:00:00.000Z', ID])],
    ['an int out of range', raw(['N', 2 ** 40, '2026-01-01T00:00:00.000Z', ID])],
    ['a number for the time', raw(['N', 3, 1700000000000, ID])],
    ['a date out of range', raw(['N', 3, '0001-01-01T00:00:00.000Z', ID])],
    ['year 275760', raw(['N', 3, '+275760-09-13T00:00:00.000Z', ID])],
    ['February 30th', raw(['N', 3, '2026-02-30T00:00:00.000Z', ID])],
    ['hour 25', raw(['N', 3, '2026-01-01T25:00:00.000Z', ID])],
    ['not a uuid', raw(['N', 3, '2026-01-01T00:00:00.000Z', 'abc'])],
    ['an object', raw(['N', {}, '2026-01-01T00:00:00.000Z', ID])],
    ['null', raw(['N', null, '2026-01-01T00:00:00.000Z', ID])],
    ['a NUL byte', raw(['N', 3, '2026-01-01T00:00:00.000Z\u0000', ID])],
  ])('refuses a cursor with %s as BAD_USER_INPUT', (_name, cursor) => {
    expect(() => codec.decode(cursor)).toThrow(BadInputError);
  });

  it('refuses floats that are not finite', () => {
    const rank = cursorCodec('R', ['float', 'id']);
    expect(rank.decode(rank.encode([0.25, ID]))).toEqual([0.25, ID]);
    expect(() => rank.decode(raw(['R', 1e300, ID]))).toThrow(BadInputError);
    expect(() => rank.decode(raw(['R', 'NaN', ID]))).toThrow(BadInputError);
  });

  it('caps the page size at 100 and refuses zero or negatives', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(BadInputError);
    expect(() => pageSize(0)).toThrow(BadInputError);
    expect(() => pageSize(-5)).toThrow(BadInputError);
    expect(() => pageSize(2.5)).toThrow(BadInputError);
  });

  it('uses the extra row only to say another page exists', () => {
    const ints = cursorCodec('I', ['int']);
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = ints.page(rows, 2, (r) => [r.n]);
    expect(page.nodes).toEqual([{ n: 1 }, { n: 2 }]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(ints.decode(page.pageInfo.endCursor as string)).toEqual([2]);
    expect(ints.page(rows, 3, (r) => [r.n]).pageInfo.hasNextPage).toBe(false);
    expect(ints.page([], 3, () => [0]).pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });
});
