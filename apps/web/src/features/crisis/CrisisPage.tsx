import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { resourcesForRegion } from '@haven/shared/safety';
import { errorMessage } from '../../lib';
import { Page, Select } from '../../ui';
import { CrisisResourceList } from './CrisisResourceList';
import { EmergencyNumbers, IMMEDIATE_DANGER } from './EmergencyNumbers';
import { CrisisResourcesDocument } from './crisis.documents';
import { CRISIS_REGIONS, initialRegion, rememberRegion, type CrisisRegion } from './regions';

/** "Need help now?": crisis lines for the chosen region, reachable from every page. */
export function CrisisPage() {
  const [region, setRegion] = useState<CrisisRegion>(initialRegion);
  const { data, error } = useQuery(CrisisResourcesDocument, { variables: { region } });
  // Never make someone in crisis wait for the network: the lines built into Haven show at once (and
  // whenever the server cannot be reached); the server's list replaces them when it arrives.
  const lines = data?.crisisResources ?? resourcesForRegion(region);
  // Somewhere else: the international directories come first.
  const resources =
    region === 'INTL'
      ? [...lines].sort((a, b) => Number(b.region === 'INTL') - Number(a.region === 'INTL'))
      : lines;

  return (
    <Page
      title="Need help now?"
      narrow
      intro={<p>You are not alone. These lines are free and confidential.</p>}
    >
      <div className="form form--inline crisis-region">
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

      <section aria-labelledby="crisis-lines-heading">
        <h2 id="crisis-lines-heading">Crisis lines</h2>
        {error ? (
          <p className="field__hint">
            We could not reach Haven just now ({errorMessage(error)}), so these are the lines built into the
            app.
          </p>
        ) : null}
        {resources.length === 0 ? (
          <p>
            We do not have a line for this region yet. {IMMEDIATE_DANGER} You could also try the international
            list by choosing “Somewhere else”.
          </p>
        ) : (
          <CrisisResourceList resources={resources} />
        )}
      </section>

      <EmergencyNumbers />

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
