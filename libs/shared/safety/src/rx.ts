/**
 * A global regular expression from a raw template, so patterns can be written with single
 * backslashes and share fragments: rx`\bkill ${SELF}\b`.
 */
export function rx(strings: TemplateStringsArray, ...fragments: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...fragments), 'g');
}

/** `regex.test` that ignores and resets `lastIndex`, so global expressions can be shared. */
export function testOnce(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const result = regex.test(text);
  regex.lastIndex = 0;
  return result;
}
