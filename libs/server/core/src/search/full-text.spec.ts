import { prefixTsQuery, safeHeadline, searchSnippet } from './full-text';

describe('prefixTsQuery', () => {
  it('matches every word as a prefix', () => {
    expect(prefixTsQuery('head')).toBe('head:*');
    expect(prefixTsQuery('Head  Ache')).toBe('head:* & ache:*');
  });

  it('lets a long word match as its shorter prefixes too (typed parts run past English stems)', () => {
    expect(prefixTsQuery('meditat')).toBe('(meditat:* | medita:* | medit:* | medi:*)');
    expect(prefixTsQuery('sleeps')).toBe('(sleeps:* | sleep:* | slee:*)');
    expect(prefixTsQuery('relaxation')).toBe('(relaxation:* | relaxatio:* | relaxati:* | relaxat:*)');
  });

  it('keeps letters and digits only, so no tsquery operator gets through', () => {
    expect(prefixTsQuery(`'; DROP TABLE x; --`)).toBe('drop:* & (table:* | tabl:*) & x:*');
    expect(prefixTsQuery('a & | ! ( ) :* <->')).toBe('a:*');
    expect(prefixTsQuery('café 5mg')).toBe('café:* & 5mg:*');
    expect(prefixTsQuery('ça')).toBe('ça:*');
  });

  it('is null when nothing searchable is left, and keeps at most 12 distinct words', () => {
    expect(prefixTsQuery('- ! ?')).toBeNull();
    expect(prefixTsQuery('')).toBeNull();
    expect(prefixTsQuery('a a a b')).toBe('a:* & b:*');
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(prefixTsQuery(many)?.split(' & ')).toHaveLength(12);
  });
});

describe('safeHeadline', () => {
  it('marks only the matches and escapes everything else', () => {
    expect(safeHeadline('a \u0002headache\u0003 <script>alert(1)</script>')).toBe(
      'a <mark>headache</mark> &lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });

  it('drops Markdown marks and link targets', () => {
    expect(safeHeadline('**bold** and [a \u0002link\u0003](https://x.test/y) `code`')).toBe(
      'bold and a <mark>link</mark> code',
    );
  });

  it('never leaves an unbalanced mark', () => {
    expect(safeHeadline('open \u0002only and \u0003 stray \u0003')).toBe('open <mark>only and </mark> stray');
    expect(safeHeadline('\u0002\u0002x\u0003')).toBe('<mark>x</mark>');
  });

  it('is null for nothing', () => {
    expect(safeHeadline(null)).toBeNull();
    expect(safeHeadline(' ** ')).toBeNull();
    expect(searchSnippet('  ')).toBeNull();
    expect(searchSnippet('x', true)).toEqual({ html: 'x', inReply: true });
  });
});
