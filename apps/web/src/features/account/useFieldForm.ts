import { useState } from 'react';
import { flushSync } from 'react-dom';
import { errorField, errorMessage, useFieldErrors } from '../../lib';

/**
 * Field errors for a small form: client checks first, then the server's answer, put on the field it
 * names (`extensions.field`) or shown above the form. Focus goes to the first field with an error.
 * `live` is the client checks of the current values: an error clears as soon as its field is valid; a
 * server's error on a field clears once that field's value (`values`) changes.
 */
export function useFieldForm<K extends string>(
  ids: Record<K, string>,
  serverFields: Record<string, NoInfer<K>>,
  live: Partial<Record<NoInfer<K>, string | null>>,
  values: Partial<Record<NoInfer<K>, unknown>> = {},
) {
  const fields = useFieldErrors<K>(live, values);
  const [formError, setFormError] = useState<string | null>(null);

  const focus = (field: K) => document.getElementById(ids[field])?.focus();

  /** Shows the client-side problems of the current values; returns true when there were none. */
  function check(): boolean {
    flushSync(() => setFormError(null));
    const ok = fields.showChecks(live);
    const first = (Object.keys(ids) as K[]).find((k) => live[k]);
    if (first) focus(first);
    return ok;
  }

  /** Puts a server error on its field, or above the form. */
  function fail(error: unknown) {
    const named = errorField(error);
    const field = named ? serverFields[named] : undefined;
    if (field) {
      fields.showServer(field, errorMessage(error));
      focus(field);
    } else {
      flushSync(() => setFormError(errorMessage(error)));
    }
  }

  return { errors: fields.errors, formError, check, fail };
}
