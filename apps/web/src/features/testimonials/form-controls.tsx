import type { ReactNode } from 'react';

interface GroupProps {
  /** Used for ids: the first control is `${id}-0`, so errors can move focus to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  children: ReactNode;
}

/** A fieldset with its legend, hint and error, the way the UI kit frames single fields. */
export function ChoiceGroup({ id, legend, hint, error, optional, children }: GroupProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={error ? 't-fieldset t-fieldset--invalid' : 't-fieldset'}
      aria-describedby={described || undefined}
      id={id}
    >
      <legend>
        {legend}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </legend>
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="t-choices">{children}</div>
    </fieldset>
  );
}

interface Option<T> {
  value: T;
  label: string;
}

interface RadioGroupProps<T extends string | number> extends Omit<GroupProps, 'children'> {
  name: string;
  options: readonly Option<T>[];
  value: T | null | '';
  onChange: (value: T) => void;
}

/** One choice among several, as native radio buttons (arrow keys move between them). */
export function RadioGroup<T extends string | number>({
  name,
  options,
  value,
  onChange,
  ...group
}: RadioGroupProps<T>) {
  return (
    <ChoiceGroup {...group}>
      {options.map((option, index) => (
        <label className="t-choice" key={String(option.value)}>
          <input
            type="radio"
            id={`${group.id}-${index}`}
            name={name}
            value={String(option.value)}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </ChoiceGroup>
  );
}

interface CheckboxGroupProps<T extends string> extends Omit<GroupProps, 'children'> {
  options: readonly Option<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
}

/** Any number of choices, kept in the options' order. */
export function CheckboxGroup<T extends string>({
  options,
  values,
  onChange,
  ...group
}: CheckboxGroupProps<T>) {
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <ChoiceGroup {...group}>
      {options.map((option, index) => (
        <label className="t-choice" key={option.value}>
          <input
            type="checkbox"
            id={`${group.id}-${index}`}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </ChoiceGroup>
  );
}
