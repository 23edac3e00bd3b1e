import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { ErrorState, Loading, Page } from '../../ui';
import { EvidencePagesDocument } from './learn.documents';

export function LearnPage() {
  const { data, loading, error, refetch } = useQuery(EvidencePagesDocument);
  return (
    <Page
      title="Learn"
      intro={
        <p className="lead">
          Short, sourced pages on what members ask most. Peer-support information, not medical advice.
        </p>
      }
    >
      {error ? (
        <ErrorState
          title="We could not load the pages"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loading label="Loading…" />
      ) : (
        <ul className="t-list">
          {data?.evidencePages.map((p) => (
            <li key={p.slug} className="card t-panel">
              <h2>
                <Link to={`/learn/${p.slug}`}>{p.title}</Link>
              </h2>
              <p>{p.summary}</p>
              <p className="t-muted">Last reviewed {p.lastReviewed}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/testimonials/outcomes">Haven members’ own outcomes</Link>
      </p>
    </Page>
  );
}
