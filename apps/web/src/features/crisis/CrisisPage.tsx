import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Alert, Button, Loading, Page, Select } from '../../ui';
import { CrisisResourceList } from './CrisisResourceList';
import { CrisisResourcesDocument } from './crisis.documents';
import { CRISIS_REGIONS, initialRegion, rememberRegion, type CrisisRegion } from './regions';

export const IMMEDIATE_DANGER = 'If you are in immediate danger, call your local emergency number.';

/** "Need help now?": crisis lines for the chosen region, reachable from every page. */
export function CrisisPage() {
  const [region, setRegion] = useState<CrisisRegion>(initialRegion);
  const { data, previousData, loading, error, refetch } = useQuery(CrisisResourcesDocument, {
    variables: { region },
  });
  const resources = (data ?? previousData)?.crisisResources ?? [];

  return (
    <Page
      title="Need help now?"
      narrow
      intro={
        <p>
          You do not have to go through this alone. These services are free, confidential and there to listen,
          whatever you are feeling.
        </p>
      }
    >
      <div className="danger-callout" role="note">
        <p>
          <strong>{IMMEDIATE_DANGER}</strong>
        </p>
        <p>
          Emergency numbers: 911 in the US and Canada, 999 or 112 in the UK and Ireland, 000 in Australia, 111
          in New Zealand.
        </p>
      </div>

      <div className="form form--inline">
        <Select
          id="crisis-region"
          label="Where are you?"
          required
          options={CRISIS_REGIONS}
          value={region}
          onChange={(event) => {
            const next = event.target.value as CrisisRegion;
            setRegion(next);
            rememberRegion(next);
          }}
        />
      </div>

      <section aria-labelledby="crisis-lines-heading" aria-busy={loading || undefined}>
        <h2 id="crisis-lines-heading">Crisis lines</h2>
        {error ? (
          <Alert
            tone="error"
            title="We could not load the crisis lines"
            actions={
              <Button variant="secondary" onClick={() => void refetch()}>
                Try again
              </Button>
            }
          >
            <p>{errorMessage(error)}</p>
            <p>{IMMEDIATE_DANGER}</p>
          </Alert>
        ) : loading && resources.length === 0 ? (
          <Loading label="Loading crisis lines…" />
        ) : resources.length === 0 ? (
          <p>
            We do not have a line for this region yet. {IMMEDIATE_DANGER} You could also try the international
            list by choosing “Somewhere else”.
          </p>
        ) : (
          <CrisisResourceList resources={resources} />
        )}
      </section>

      <section aria-labelledby="crisis-more-heading">
        <h2 id="crisis-more-heading">If it is not an emergency</h2>
        <p>
          Talking to someone you trust, your doctor or your treatment team can help. If you are in treatment,
          your clinic can tell you who to call between sessions.
        </p>
      </section>
    </Page>
  );
}
