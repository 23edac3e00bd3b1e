import type { ReactNode } from 'react';
import type { ForumPostSummaryFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { Button, EmptyState, ErrorState, Loading } from '../../ui';
import { PostSummaryCard, type SearchSnippet } from './PostSummaryCard';

export interface PostListProps {
  label: string;
  /** Posts; in search results each may carry where the words matched. */
  nodes: readonly (ForumPostSummaryFragment & { searchSnippet?: SearchSnippet | null })[] | undefined;
  loading: boolean;
  error: unknown;
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onRetry: () => void;
  empty: { title: string; text: ReactNode; action?: ReactNode };
  showCategory?: boolean;
}

/** A list of posts with its loading, error and empty states, and "Show more posts" while there are more. */
export function PostList(props: PostListProps) {
  const { label, nodes, loading, error, hasNextPage, loadingMore, onLoadMore, onRetry, empty, showCategory } =
    props;
  if (error && !nodes) {
    return (
      <ErrorState title="We could not load these posts" message={errorMessage(error)} onRetry={onRetry} />
    );
  }
  if (loading && !nodes) return <Loading label="Loading posts…" />;
  if (!nodes || nodes.length === 0) {
    return (
      <EmptyState title={empty.title} action={empty.action}>
        {empty.text}
      </EmptyState>
    );
  }
  return (
    <section aria-label={label} className="f-list-section">
      <ul className="f-list">
        {nodes.map((post) => (
          <PostSummaryCard
            key={post.id}
            post={post}
            showCategory={showCategory}
            snippet={post.searchSnippet}
          />
        ))}
      </ul>
      {error ? (
        <p className="field__error" role="alert">
          {errorMessage(error)}
        </p>
      ) : null}
      {hasNextPage ? (
        <Button variant="secondary" busy={loadingMore} busyLabel="Loading more posts…" onClick={onLoadMore}>
          Show more posts
        </Button>
      ) : (
        <p className="f-muted">That’s everything for now.</p>
      )}
    </section>
  );
}
