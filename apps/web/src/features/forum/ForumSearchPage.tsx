import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePagedQuery, useSession } from '../../lib';
import { Page } from '../../ui';
import { ForumSearchForm } from './ForumSearchForm';
import { ForumSearchDocument, SearchTestimonialsDocument } from './forum.documents';
import { SnippetText } from './PostSummaryCard';
import { PostList } from './PostList';
import { PAGE_SIZE } from './usePostFeed';
import './forum.css';

export function ForumSearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim().slice(0, 200);
  const { data, loading, error, refetch, hasNextPage, loadingMore, moreError, loadMore } = usePagedQuery(
    ForumSearchDocument,
    { variables: { query, first: PAGE_SIZE }, skip: query === '', fetchPolicy: 'cache-and-network' },
    (answer) => answer.searchPosts,
  );

  const { viewer } = useSession();
  const stories = useQuery(SearchTestimonialsDocument, {
    variables: { query },
    skip: query === '',
    fetchPolicy: 'cache-and-network',
  });
  const testimonials = stories.data?.searchTestimonials.nodes ?? [];

  return (
    <Page title={query ? `Search: ${query}` : 'Search the forum'} documentTitle="Forum search">
      <nav aria-label="Breadcrumb" className="f-breadcrumb">
        <Link to="/forum">Forum</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Search</span>
      </nav>
      <ForumSearchForm key={query} initial={query} />
      {query === '' ? (
        <p className="f-muted">
          Type a few words, or the start of them: a treatment, a side effect, a question. Results include
          words in comments and in published testimonials.
        </p>
      ) : (
        <section className="section" aria-labelledby="f-results-heading">
          <h2 id="f-results-heading">Results</h2>
          <PostList
            label={`Search results for ${query}`}
            nodes={data?.searchPosts.nodes}
            loading={loading}
            error={error ?? moreError}
            hasNextPage={hasNextPage}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
            onRetry={() => void refetch()}
            empty={{
              title: 'Nothing found',
              text: <p>No published posts or comments match “{query}”. Try other or fewer words.</p>,
              action: <Link to="/forum">Back to the forum</Link>,
            }}
          />
        </section>
      )}
      {query !== '' ? (
        <section className="section" aria-labelledby="f-testimonial-results-heading">
          <h2 id="f-testimonial-results-heading">Testimonials</h2>
          {stories.error ? (
            <p className="field__error">We could not search the testimonials. Please try again.</p>
          ) : stories.loading && !stories.data ? (
            <p className="f-muted">Searching the testimonials…</p>
          ) : testimonials.length === 0 ? (
            <p className="f-muted">No published testimonial matches “{query}”.</p>
          ) : (
            <ul className="f-list" aria-label={`Testimonials matching ${query}`}>
              {testimonials.map((t) => (
                <li className="card f-card" key={t.id}>
                  <h3 className="card__title f-card__title">
                    <Link to={`/testimonials/${t.id}`}>{t.title}</Link>
                  </h3>
                  {t.contentWarnings.length > 0 && !(viewer?.revealContentWarnings ?? false) ? (
                    <p className="f-muted">
                      Folded because of its content warning. Open it to choose whether to read it.
                    </p>
                  ) : t.searchSnippet ? (
                    <SnippetText snippet={t.searchSnippet} />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </Page>
  );
}
