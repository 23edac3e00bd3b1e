/** Characters the checks read at once when previewing, so a long draft never holds the event loop. */
export const PREVIEW_CHUNK_CHARS = 1_000;
/** Each chunk repeats the end of the one before, so a phrase across a boundary is still read whole. */
export const PREVIEW_CHUNK_OVERLAP = 200;

/** Splits a draft into overlapping chunks, cutting at whitespace where it can. */
export function previewChunks(
  text: string,
  size = PREVIEW_CHUNK_CHARS,
  overlap = PREVIEW_CHUNK_OVERLAP,
): string[] {
  if (text.length <= size) return [text];
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      const cut = text.lastIndexOf(' ', end);
      if (cut > start + size / 2) end = cut;
    }
    chunks.push(text.slice(start, end));
    if (end >= text.length) break;
    start = Math.max(end - overlap, start + 1);
  }
  return chunks;
}

/** Lets other requests run between two chunks. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
