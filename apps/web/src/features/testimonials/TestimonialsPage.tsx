import { useId, type ChangeEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TestimonialFilter } from '../../gql/graphql';
import { LoadMore, errorMessage, usePagedQuery, useRouteNotice, useSession } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page, buttonClass } from '../../ui';
import {
  MODALITY_LABELS,
  ONSET_LABELS,
  RATING_LABELS,
  SIDE_EFFECT_LABELS,
  isKeyOf,
  optionsOf,
} from './labels';
import { TestimonialCard } from './TestimonialCard';
import { TestimonialsDocument } from './testimonials.documents';
import './testimonials.css';

/** Testimonials per page. */
const PAGE_SIZE = 20;

const RATING_OPTIONS = [2, 3, 4, 5].map((n) => ({
  value: String(n),
  label: `${n} or more — ${RATING_LABELS[n]}`,
}));

function filterFrom(params: URLSearchParams): TestimonialFilter {
  const modality = params.get('modality');
  const onset = params.get('onset');
  const sideEffect = params.get('sideEffect');
  const minRating = Number(params.get('minRating'));
  return {
    modality: isKeyOf(MODALITY_LABELS, modality) ? modality : null,
    reliefOnset: isKeyOf(ONSET_LABELS, onset) ? onset : null,
    sideEffect: isKeyOf(SIDE_EFFECT_LABELS, sideEffect) ? sideEffect : null,
    minRating: Number.isInteger(minRating) && minRating >= 2 && minRating <= 5 ? minRating : null,
  };
}

interface FilterSelectProps {
  label: string;
  emptyOption: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}

/** A filter: a labelled native select whose empty option means "any". */
function FilterSelect({ label, emptyOption, options, value, onChange }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input input--select" value={value} onChange={onChange}>
        <option value="">{emptyOption}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TestimonialsPage() {
  const { viewer } = useSession();
  const notice = useRouteNotice();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const filtered = Object.values(filter).some((v) => v !== null);
  const page = usePagedQuery(
    TestimonialsDocument,
    { variables: { filter, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' },
    (answer) => answer.testimonials,
  );
  const { data, loading, error, refetch, nodes } = page;

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  return (
    <Page
      title="Testimonials"
      intro={
        <p className="lead">
          Members’ own stories of ketamine and esketamine treatment: what they tried, how soon relief came,
          how long it lasted and what the side effects were. Every story is read by a moderator before it
          appears.
        </p>
      }
    >
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="t-toolbar">
        <Link className={buttonClass('primary')} to="/testimonials/new">
          Share your story
        </Link>
        <Link className={buttonClass('secondary')} to="/testimonials/outcomes">
          Community outcomes
        </Link>
        {viewer ? (
          <Link className={buttonClass('quiet')} to="/testimonials/mine">
            My testimonials
          </Link>
        ) : null}
      </div>

      <form
        className="t-filters"
        role="search"
        aria-label="Filter testimonials"
        onSubmit={(e) => e.preventDefault()}
      >
        <FilterSelect
          label="Treatment"
          emptyOption="Any treatment"
          options={optionsOf(MODALITY_LABELS)}
          value={filter.modality ?? ''}
          onChange={(e) => setFilter('modality', e.target.value)}
        />
        <FilterSelect
          label="Relief came"
          emptyOption="Any time"
          options={optionsOf(ONSET_LABELS)}
          value={filter.reliefOnset ?? ''}
          onChange={(e) => setFilter('onset', e.target.value)}
        />
        <FilterSelect
          label="Overall rating"
          emptyOption="Any rating"
          options={RATING_OPTIONS}
          value={filter.minRating ? String(filter.minRating) : ''}
          onChange={(e) => setFilter('minRating', e.target.value)}
        />
        <FilterSelect
          label="Side effect"
          emptyOption="Any side effects"
          options={optionsOf(SIDE_EFFECT_LABELS)}
          value={filter.sideEffect ?? ''}
          onChange={(e) => setFilter('sideEffect', e.target.value)}
        />
        {filtered ? (
          <Button variant="quiet" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            Clear filters
          </Button>
        ) : null}
      </form>

      {error && !data ? (
        <ErrorState
          title="We could not load testimonials"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loading label="Loading testimonials…" />
      ) : nodes.length === 0 ? (
        <EmptyState
          title={filtered ? 'No testimonials match these filters' : 'No testimonials yet'}
          action={<Link to="/testimonials/new">Share your story</Link>}
        >
          <p>
            {filtered
              ? 'Try fewer filters, or come back later: new stories appear once a moderator has read them.'
              : 'Be the first to share how your treatment went.'}
          </p>
        </EmptyState>
      ) : (
        <section aria-label="Testimonials">
          <p className="t-muted" role="status">
            Showing {nodes.length} {nodes.length === 1 ? 'testimonial' : 'testimonials'}
            {filtered ? ' matching your filters' : ''}, newest first.
          </p>
          <ul className="t-list">
            {nodes.map((t) => (
              <TestimonialCard
                key={t.id}
                testimonial={t}
                revealWarnings={viewer?.revealContentWarnings ?? false}
              />
            ))}
          </ul>
          <LoadMore paging={page} label="Show more testimonials" busyLabel="Loading more…" />
        </section>
      )}
    </Page>
  );
}
