/**
 * A static check that a regular expression cannot backtrack catastrophically in the usual ways:
 * no quantified group contains another quantifier (`(a+)+`, `(?:\w+ )?`), and no repeated group
 * (`*`, `+`, `{n,}`) has alternatives that could overlap (`(a|ab)*`).
 */
export function regexProblems(source: string): string[] {
  const problems: string[] = [];
  const stack: AuditGroup[] = [{ start: -1, hasQuantifier: false, hasAlternation: false }];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i = skipClass(source, i);
    } else if (c === '(') {
      stack.push({ start: i, hasQuantifier: false, hasAlternation: false });
      i = skipGroupPrefix(source, i + 1);
    } else if (c === ')') {
      const group = stack.pop() ?? { start: 0, hasQuantifier: false, hasAlternation: false };
      const parent = stack[stack.length - 1];
      i++;
      const q = quantifierAt(source, i);
      if (q !== null) {
        const text = source.slice(group.start, i + q.text.length);
        if (group.hasQuantifier) problems.push(`quantified group contains a quantifier: ${text}`);
        if (q.repeats && group.hasAlternation) problems.push(`repeated group with alternatives: ${text}`);
        i += q.text.length;
      }
      if (parent && (q !== null || group.hasQuantifier)) parent.hasQuantifier = true;
    } else if (c === '|') {
      stack[stack.length - 1].hasAlternation = true;
      i++;
    } else {
      const q = quantifierAt(source, i);
      if (q !== null) {
        stack[stack.length - 1].hasQuantifier = true;
        i += q.text.length;
      } else i++;
    }
  }
  return problems;
}

interface AuditGroup {
  start: number;
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

function skipClass(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** After "(": skip "?:", "?=", "?!", "?<=", "?<!" or "?<name>". */
function skipGroupPrefix(source: string, i: number): number {
  if (source[i] !== '?') return i;
  if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') {
    return source.indexOf('>', i) + 1;
  }
  return source[i + 1] === '<' ? i + 3 : i + 2;
}

function quantifierAt(source: string, i: number): { text: string; repeats: boolean } | null {
  const c = source[i];
  if (c === '*' || c === '+' || c === '?') {
    const text = source[i + 1] === '?' ? source.slice(i, i + 2) : c;
    return { text, repeats: c !== '?' };
  }
  if (c !== '{') return null;
  const m = /^\{(\d+)(?:,(\d*))?\}\??/.exec(source.slice(i, i + 24));
  if (m === null) return null;
  const max = m[2] === undefined ? Number(m[1]) : m[2] === '' ? Infinity : Number(m[2]);
  return { text: m[0], repeats: max > 1 };
}
