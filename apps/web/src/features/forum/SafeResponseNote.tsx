import { useState } from 'react';
import { Link } from 'react-router';
import { resourcesForRegion } from '@haven/shared/safety';
import { CrisisResourceList } from '../crisis';
import { initialRegion } from '../crisis/regions';

/**
 * Shown to readers of a post whose author was shown crisis resources: how to respond safely, after the
 * #chatsafe guidance, and the lines to pass on.
 */
export function SafeResponseNote() {
  const [region] = useState(initialRegion);
  return (
    <section className="f-safe-response" aria-labelledby="f-safe-response-title">
      <h2 id="f-safe-response-title">If you reply: responding safely</h2>
      <ul>
        <li>Thank them for sharing, and say you are glad they did. Listen more than you advise.</li>
        <li>
          It is OK to ask directly whether they are thinking about suicide; asking does not put the idea
          there.
        </li>
        <li>Don’t share details of methods, and don’t promise to keep it secret.</li>
        <li>
          Encourage them to reach a crisis line or someone they trust now; you can share the lines below.
        </li>
        <li>Look after yourself too. You can report the post so a moderator checks in.</li>
      </ul>
      <CrisisResourceList resources={resourcesForRegion(region)} compact headingLevel={3} />
      <p>
        <Link to="/help">All crisis lines</Link> · guidance from{' '}
        <a href="https://www.orygen.org.au/chatsafe" target="_blank" rel="noreferrer">
          #chatsafe
        </a>
      </p>
    </section>
  );
}
