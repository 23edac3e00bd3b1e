/**
 * Text no input may carry: NUL (PostgreSQL refuses it in text) and lone UTF-16 surrogates (not
 * encodable as UTF-8). One rule, used by the GraphQL boundary and by socket payloads.
 */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isSafeText(value: string): boolean {
  return !UNSAFE.test(value);
}

/** The path of the first string inside `value` that is not safe text, or null when all are. */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return isSafeText(value) ? null : path;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!isSafeText(k)) return [...path, '(key)'];
    const found = findUnsafeText(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}
