import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ContentWarning } from '../../gql/graphql';
import { errorField, errorMessage } from '../../lib';
import { Alert, Button, Checkbox, ErrorState, Loading } from '../../ui';
import { CONTENT_WARNING_LABELS } from '../forum/labels';
import { HiddenContentWarningsDocument, SetHiddenContentWarningsDocument } from './warning-filters.documents';
import './warning-filters.css';

const WARNINGS = Object.keys(CONTENT_WARNING_LABELS) as ContentWarning[];
const GROUP_ID = 'hidden-warnings';

/**
 * "Hide posts with these warnings": the member's content-warning filter, on their profile. Posts
 * carrying a checked warning are left out of their feeds, search and counts.
 */
export function HiddenWarningsSection() {
  const { data, loading, error, refetch } = useQuery(HiddenContentWarningsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section aria-labelledby="hidden-warnings-heading" className="section">
      <h2 id="hidden-warnings-heading">Hide posts with these warnings</h2>
      {data ? (
        <HiddenWarningsForm initial={data.hiddenContentWarnings} />
      ) : loading ? (
        <Loading label="Loading your content-warning filter…" />
      ) : (
        <ErrorState
          title="We could not load your content-warning filter"
          message={error ? errorMessage(error) : 'Please try again.'}
          onRetry={() => void refetch()}
        />
      )}
    </section>
  );
}

function HiddenWarningsForm({ initial }: { initial: readonly ContentWarning[] }) {
  const [chosen, setChosen] = useState<ContentWarning[]>([...initial]);
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SetHiddenContentWarningsDocument, {
    update(cache, result) {
      const warnings = result.data?.setHiddenContentWarnings;
      if (warnings)
        cache.writeQuery({ query: HiddenContentWarningsDocument, data: { hiddenContentWarnings: warnings } });
    },
    // Feeds, search and category counts all change with the filter.
    refetchQueries: 'active',
  });
  const fieldError = error && errorField(error) === 'warnings' ? errorMessage(error) : null;
  const formError = error && !fieldError ? errorMessage(error) : null;

  const toggle = (warning: ContentWarning, on: boolean) => {
    setSaved(false);
    setChosen((current) => WARNINGS.filter((w) => (w === warning ? on : current.includes(w))));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    try {
      await save({ variables: { warnings: chosen } });
      setSaved(true);
    } catch {
      document.getElementById(`${GROUP_ID}-0`)?.focus();
    }
  }

  const described = ['hidden-warnings-hint', fieldError ? `${GROUP_ID}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <form className="form" onSubmit={submit} noValidate>
      {formError ? (
        <Alert tone="error" title="Your filter was not saved">
          <p>{formError}</p>
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">Your filter is saved.</Alert> : null}
      <fieldset
        id={GROUP_ID}
        className={fieldError ? 'warning-filter warning-filter--invalid' : 'warning-filter'}
        aria-describedby={described}
      >
        <legend>Leave out posts carrying any of these warnings</legend>
        <p className="field__hint" id="hidden-warnings-hint">
          They will not appear in your feeds, in search or in the counts you see. Your own posts always
          appear. This is separate from showing content behind warnings without asking.
        </p>
        {fieldError ? (
          <p className="field__error" id={`${GROUP_ID}-error`}>
            <span className="visually-hidden">Error: </span>
            {fieldError}
          </p>
        ) : null}
        {WARNINGS.map((warning, index) => (
          <Checkbox
            key={warning}
            id={`${GROUP_ID}-${index}`}
            label={CONTENT_WARNING_LABELS[warning]}
            checked={chosen.includes(warning)}
            onChange={(e) => toggle(warning, e.target.checked)}
          />
        ))}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Saving…">
          Save filter
        </Button>
      </div>
    </form>
  );
}
