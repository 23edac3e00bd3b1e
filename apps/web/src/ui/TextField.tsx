import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { FieldFrame, describedBy } from './Field';

interface CommonProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shows "n of limit characters" under the field (without stopping the member from typing more). */
  countLimit?: number;
}

function ariaFor(id: string, hint: ReactNode, error: string | null | undefined, counted: boolean) {
  const ids = [describedBy(id, hint, error), counted ? `${id}-count` : null].filter(Boolean);
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

export type TextFieldProps = CommonProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>;

/** A labelled text input with an optional hint and error message. */
export function TextField({
  label,
  hint,
  error,
  countLimit,
  id,
  required,
  className,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} error={error} required={required}>
      <input
        {...rest}
        id={fieldId}
        required={required}
        className={['input', className].filter(Boolean).join(' ')}
        {...ariaFor(fieldId, hint, error, countLimit !== undefined)}
      />
      {countLimit !== undefined ? <Count id={fieldId} value={rest.value} limit={countLimit} /> : null}
    </FieldFrame>
  );
}

export type TextAreaProps = CommonProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>;

/** A labelled multi-line text input. */
export function TextArea({
  label,
  hint,
  error,
  countLimit,
  id,
  required,
  className,
  ...rest
}: TextAreaProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} error={error} required={required}>
      <textarea
        rows={5}
        {...rest}
        id={fieldId}
        required={required}
        className={['input', 'input--multiline', className].filter(Boolean).join(' ')}
        {...ariaFor(fieldId, hint, error, countLimit !== undefined)}
      />
      {countLimit !== undefined ? <Count id={fieldId} value={rest.value} limit={countLimit} /> : null}
    </FieldFrame>
  );
}

function Count({ id, value, limit }: { id: string; value: unknown; limit: number }) {
  const length = typeof value === 'string' ? value.length : 0;
  return (
    <p id={`${id}-count`} className={length > limit ? 'field__count field__count--over' : 'field__count'}>
      {length} of {limit} characters
    </p>
  );
}
