import { useState } from 'react';
import { flushSync } from 'react-dom';
import { errorField, errorMessage } from '../../lib';

/**
 * Field errors for a small form: client checks first, then the server's answer, put on the field it
 * names (`extensions.field`) or shown above the form. Focus goes to the first field with an error.
 */
export function useFieldForm<K extends string>(
  ids: Record<K, string>,
  serverFields: Record<string, NoInfer<K>>,
) {
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const focus = (field: K) => document.getElementById(ids[field])?.focus();

  /** Shows client-side problems; returns true when there were none. */
  function check(problems: Partial<Record<K, string | null>>): boolean {
    const found = Object.fromEntries(Object.entries(problems).filter(([, v]) => v)) as Partial<
      Record<K, string>
    >;
    flushSync(() => {
      setErrors(found);
      setFormError(null);
    });
    const first = (Object.keys(ids) as K[]).find((k) => found[k]);
    if (first) focus(first);
    return !first;
  }

  /** Puts a server error on its field, or above the form. */
  function fail(error: unknown) {
    const named = errorField(error);
    const field = named ? serverFields[named] : undefined;
    flushSync(() => {
      if (field) setErrors({ [field]: errorMessage(error) } as Partial<Record<K, string>>);
      else setFormError(errorMessage(error));
    });
    if (field) focus(field);
  }

  return { errors, formError, check, fail };
}
