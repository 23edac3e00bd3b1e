import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../ui';

/** "Search the forum": a labelled search box that opens the search page. */
export function ForumSearchForm({ initial = '' }: { initial?: string }) {
  const [query, setQuery] = useState(initial);
  const navigate = useNavigate();
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = query.trim();
    if (q) void navigate(`/forum/search?q=${encodeURIComponent(q)}`);
  }

  return (
    <form className="f-search" role="search" aria-label="Forum search" onSubmit={submit}>
      <label className="field__label" htmlFor={id}>
        Search the forum
      </label>
      <div className="f-search__row">
        <input
          id={id}
          className="input"
          type="search"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}
