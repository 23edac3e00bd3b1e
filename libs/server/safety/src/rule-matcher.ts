import { Script, createContext } from 'node:vm';
import { BadInputError } from '@haven/server/core';

/** The most time one rule may spend on one text before it counts as no match. */
export const RULE_TIMEOUT_MS = 25;
const PATTERN_MAX = 500;

// A quantified group that itself ends with a quantifier, e.g. (a+)+ or (\w*)*: the classic shape of
// catastrophic backtracking. Back-references are refused for the same reason.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}]\)[+*{]/;
const BACKREFERENCE = /\\[1-9]/;

const context = createContext({ re: /(?:)/, res: [] as RegExp[], text: '' });
const test = new Script('re.test(text)');
const testAll = new Script('res.map((r) => { r.lastIndex = 0; return r.test(text); })');

/** Runs `regex` on `text` with a time bound; a regular expression that runs too long matches nothing. */
export function testWithin(regex: RegExp, text: string, timeoutMs = RULE_TIMEOUT_MS): boolean | 'timeout' {
  regex.lastIndex = 0;
  context['re'] = regex;
  context['text'] = text;
  try {
    return test.runInContext(context, { timeout: timeoutMs }) === true;
  } catch {
    return 'timeout';
  } finally {
    context['text'] = '';
  }
}

/** Runs a rule that cannot backtrack badly (see `isLinearRule`) with no time bound and no context switch. */
export function testDirectly(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

/**
 * Runs several regular expressions on one text in a single time-bounded call (one call costs far less
 * than one per expression). When the batch runs out of time, each is run alone to find the slow one.
 */
export function testAllWithin(
  regexes: RegExp[],
  text: string,
  timeoutMs = RULE_TIMEOUT_MS,
): (boolean | 'timeout')[] {
  if (regexes.length === 0) return [];
  context['res'] = regexes;
  context['text'] = text;
  try {
    return (testAll.runInContext(context, { timeout: timeoutMs * 2 }) as boolean[]).map((r) => r === true);
  } catch {
    return regexes.map((regex) => testWithin(regex, text, timeoutMs));
  } finally {
    context['res'] = [];
    context['text'] = '';
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular expression of a rule: a phrase matches whole words, case-insensitively. */
export function compileRule(pattern: string, isRegex: boolean): RegExp {
  if (isRegex) return new RegExp(pattern, 'iu');
  const words = pattern.trim().split(/\s+/).map(escapeRegex).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu');
}

/** How long a probe may take before a pattern counts as one that could stall the server. */
const PROBE_TIMEOUT_MS = 50;

const PROBES = ['a'.repeat(40) + '!', '1'.repeat(40) + 'x', ' '.repeat(40) + '#', 'ab'.repeat(30) + '\n'];

/** Refuses patterns that are empty, too long, invalid, or that could stall the server. */
export function validateRulePattern(pattern: string, isRegex: boolean, probeMs = PROBE_TIMEOUT_MS): void {
  const trimmed = pattern.trim();
  if (trimmed.length === 0 || trimmed.length > PATTERN_MAX) {
    throw new BadInputError(`A rule's pattern has 1 to ${PATTERN_MAX} characters.`, { field: 'pattern' });
  }
  if (!isRegex) return;
  let regex: RegExp;
  try {
    regex = compileRule(trimmed, true);
  } catch (error) {
    throw new BadInputError(`That regular expression is not valid: ${(error as Error).message}`, {
      field: 'pattern',
    });
  }
  if (NESTED_QUANTIFIER.test(trimmed) || BACKREFERENCE.test(trimmed)) {
    throw new BadInputError(
      'That regular expression could take too long on some texts (nested quantifiers or back-references).',
      { field: 'pattern' },
    );
  }
  if (PROBES.some((probe) => testWithin(regex, probe, probeMs) === 'timeout')) {
    throw new BadInputError('That regular expression takes too long to run.', { field: 'pattern' });
  }
}
