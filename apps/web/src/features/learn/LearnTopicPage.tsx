import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { EmptyState, ErrorState, Loading, Page } from '../../ui';
import { EvidencePageDocument } from './learn.documents';

export function LearnTopicPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EvidencePageDocument, { variables: { slug } });
  const page = data?.evidencePage;
  if (!page) {
    return (
      <Page title="Learn" narrow>
        {error ? (
          <ErrorState
            title="We could not load this page"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading ? (
          <Loading label="Loading…" />
        ) : (
          <EmptyState title="This page does not exist" action={<Link to="/learn">All topics</Link>}>
            <p>It may have moved.</p>
          </EmptyState>
        )}
      </Page>
    );
  }
  return (
    <Page title={page.title} narrow intro={<p className="lead">{page.summary}</p>}>
      {page.figures.length > 0 ? (
        <section aria-labelledby="figures-title" className="card t-panel">
          <h2 id="figures-title">Published figures, and Haven’s own</h2>
          <table className="t-table">
            <caption>What studies report, beside what Haven members report (live)</caption>
            <thead>
              <tr>
                <th scope="col">Published</th>
                <th scope="col">Haven</th>
              </tr>
            </thead>
            <tbody>
              {page.figures.map((f) => (
                <tr key={f.published}>
                  <td data-label="Published">{f.published}</td>
                  <td data-label="Haven">{f.community}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="t-muted">
            Haven’s figures are self-reported by members who chose to share; there is no control group.
          </p>
        </section>
      ) : null}
      {/* html is rendered and sanitised on the server. */}
      <article className="prose section" dangerouslySetInnerHTML={{ __html: page.html }} />
      <p className="t-muted">Last reviewed {page.lastReviewed}.</p>
      <p>
        <Link to="/learn">All topics</Link> · <Link to="/testimonials/outcomes">Community outcomes</Link>
      </p>
    </Page>
  );
}
