import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { FieldFrame, describedBy } from './Field';

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

export interface SelectProps<T extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'children'
> {
  label: ReactNode;
  options: readonly SelectOption<T>[];
  hint?: ReactNode;
  error?: string | null;
  /** A first option with an empty value, e.g. "Prefer not to say". */
  emptyOption?: string;
}

/** A labelled native select. */
export function Select<T extends string>({
  label,
  options,
  hint,
  error,
  emptyOption,
  id,
  required,
  className,
  ...rest
}: SelectProps<T>) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} error={error} required={required}>
      <select
        {...rest}
        id={fieldId}
        required={required}
        className={['input', 'input--select', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
