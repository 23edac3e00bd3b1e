import { useId } from 'react';
import type { PostSort } from '../../gql/graphql';
import { SORT_LABELS } from './labels';

/** How a list of posts is ordered. */
export function SortSelect({ value, onChange }: { value: PostSort; onChange: (sort: PostSort) => void }) {
  const id = useId();
  return (
    <div className="field f-sort">
      <label className="field__label" htmlFor={id}>
        Sort by
      </label>
      <select
        id={id}
        className="input input--select"
        value={value}
        onChange={(e) => onChange(e.target.value as PostSort)}
      >
        {(Object.keys(SORT_LABELS) as PostSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
