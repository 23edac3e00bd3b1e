import { useState } from 'react';
import { flushSync } from 'react-dom';

/** An error as it was shown: a client check's, or the server's for the value the field held then. */
interface ShownError {
  message: string;
  server?: { value: unknown };
}

export type ShownErrors<K extends string> = Partial<Record<K, ShownError>>;

/**
 * The errors still to show now. A client check's error follows the field's live check: its current
 * message while the field still fails, gone as soon as the field is valid (a field missing from `live`
 * is valid). A server error stays until the
 * field's value changes.
 */
export function visibleErrors<K extends string>(
  shown: ShownErrors<K>,
  live: Partial<Record<K, string | null | undefined>>,
  values: Partial<Record<K, unknown>>,
): Partial<Record<K, string>> {
  const visible: Partial<Record<K, string>> = {};
  for (const key of Object.keys(shown) as K[]) {
    const error = shown[key];
    if (!error) continue;
    if (error.server) {
      if (Object.is(values[key], error.server.value)) visible[key] = error.message;
      continue;
    }
    // The live checks cover every field with a client check; a field they leave out is valid.
    const now = live[key];
    if (now) visible[key] = now;
  }
  return visible;
}

/**
 * The field errors of one form, shown on submit and cleared as each field becomes valid. `live` is the
 * form's client checks of its current values (computed on every render); `values` the current values,
 * so a server's error on a field clears once the member changes it.
 */
export function useFieldErrors<K extends string>(
  live: Partial<Record<K, string | null | undefined>>,
  values: Partial<Record<K, unknown>> = {},
) {
  const [shown, setShown] = useState<ShownErrors<K>>({});
  const errors = visibleErrors(shown, live, values);

  /** Shows the client checks' problems (synchronously, so focus can move to them); true when none. */
  function showChecks(problems: Partial<Record<K, string | null | undefined>>): boolean {
    const found: ShownErrors<K> = {};
    for (const key of Object.keys(problems) as K[]) {
      const message = problems[key];
      if (message) found[key] = { message };
    }
    flushSync(() => setShown(found));
    return Object.keys(found).length === 0;
  }

  /** Shows the server's refusal on a field, until that field changes. */
  function showServer(field: K, message: string) {
    flushSync(() => setShown({ [field]: { message, server: { value: values[field] } } } as ShownErrors<K>));
  }

  const clear = () => setShown({});

  return { errors, showChecks, showServer, clear };
}
