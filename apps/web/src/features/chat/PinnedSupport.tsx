import { useState } from 'react';
import { Link } from 'react-router';
import { resourcesForRegion } from '@haven/shared/safety';
import { CrisisResourceList, IMMEDIATE_DANGER } from '../crisis';
import { initialRegion } from '../crisis/regions';

/** Pinned at the top of a private support room: the crisis lines, for the member's region. */
export function PinnedSupport() {
  const [region] = useState(initialRegion);
  const resources = resourcesForRegion(region);
  return (
    <section className="chat-pinned" aria-labelledby="chat-pinned-title">
      <h2 id="chat-pinned-title" className="chat-pinned__title">
        Pinned: help you can reach right now
      </h2>
      <p>
        This is a private room between you and a moderator: only the two of you can read it. A moderator is a
        peer, not a crisis service. <strong>{IMMEDIATE_DANGER}</strong>
      </p>
      <CrisisResourceList resources={resources} compact headingLevel={3} />
      <p>
        <Link to="/help">All crisis lines</Link>
      </p>
    </section>
  );
}
