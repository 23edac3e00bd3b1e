import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { EvidencePagesDocument } from './learn.documents';

/** Links to the Learn pages whose topic matches one of these tags (e.g. a post's tags). */
export function LearnLinks({ tags }: { tags: readonly string[] }) {
  const { data } = useQuery(EvidencePagesDocument, { skip: tags.length === 0 });
  const wanted = new Set(tags.map((t) => t.toLowerCase()));
  const pages = (data?.evidencePages ?? []).filter((p) => p.tags.some((t) => wanted.has(t.toLowerCase())));
  if (pages.length === 0) return null;
  return (
    <aside aria-label="Learn more" className="card t-panel">
      <p>Learn more:</p>
      <ul>
        {pages.map((p) => (
          <li key={p.slug}>
            <Link to={`/learn/${p.slug}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
