import { previewChunks } from './preview-chunks';

describe('preview chunks', () => {
  it('keeps a short draft whole', () => {
    expect(previewChunks('I am fine today.')).toEqual(['I am fine today.']);
  });

  it('covers a long draft with bounded, overlapping chunks cut at spaces', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const chunks = previewChunks(words, 1000, 200);
    expect(chunks.every((c) => c.length <= 1000)).toBe(true);
    for (let i = 1; i < chunks.length; i++) {
      // Each chunk starts inside the end of the one before it.
      expect(chunks[i - 1].slice(-250)).toContain(chunks[i].slice(0, 50));
    }
    expect(chunks[chunks.length - 1].endsWith('word2999')).toBe(true);
  });

  it('finds a phrase that crosses a boundary whole in one chunk', () => {
    const phrase = 'I want to end it all';
    const text = `${'a '.repeat(495)}${phrase} ${'b '.repeat(600)}`;
    expect(previewChunks(text, 1000, 200).some((c) => c.includes(phrase))).toBe(true);
  });

  it('ends on text without spaces', () => {
    const chunks = previewChunks('x'.repeat(2500), 1000, 200);
    expect(chunks.join('').length).toBeGreaterThanOrEqual(2500);
    expect(chunks.every((c) => c.length <= 1000)).toBe(true);
  });
});
