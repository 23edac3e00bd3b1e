import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { describedBy } from './Field';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
}

/** A labelled checkbox with an optional hint and error message. */
export function Checkbox({ label, hint, error, id, className, ...rest }: CheckboxProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <div className={['checkbox', error ? 'checkbox--invalid' : null, className].filter(Boolean).join(' ')}>
      <input
        {...rest}
        type="checkbox"
        id={fieldId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      />
      <div>
        <label htmlFor={fieldId}>{label}</label>
        {hint ? (
          <div className="field__hint" id={`${fieldId}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p className="field__error" id={`${fieldId}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
