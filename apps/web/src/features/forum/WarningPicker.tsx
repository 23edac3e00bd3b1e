import type { ContentWarning } from '../../gql/graphql';
import { CONTENT_WARNING_LABELS } from './labels';

const WARNINGS = Object.keys(CONTENT_WARNING_LABELS) as ContentWarning[];

/** Content warnings as a group of checkboxes. */
export function WarningPicker({
  id,
  values,
  onChange,
}: {
  id: string;
  values: readonly ContentWarning[];
  onChange: (values: ContentWarning[]) => void;
}) {
  return (
    <fieldset className="f-fieldset" aria-describedby={`${id}-hint`}>
      <legend>
        Content warnings <span className="field__optional">(optional)</span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        Readers who prefer can keep your post folded until they choose to open it.
      </p>
      <ul className="f-checks">
        {WARNINGS.map((w) => (
          <li key={w} className="checkbox">
            <input
              type="checkbox"
              id={`${id}-${w}`}
              checked={values.includes(w)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? WARNINGS.filter((x) => x === w || values.includes(x))
                    : values.filter((x) => x !== w),
                )
              }
            />
            <label htmlFor={`${id}-${w}`}>{CONTENT_WARNING_LABELS[w]}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
