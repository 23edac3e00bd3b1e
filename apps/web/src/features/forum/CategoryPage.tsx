import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { PostSort } from '../../gql/graphql';
import { errorMessage, useSession } from '../../lib';
import { ErrorState, Loading, Page, buttonClass } from '../../ui';
import { WatchControl } from '../notifications/WatchControl';
import { NotFoundPage } from '../placeholders/NotFoundPage';
import { ForumCategoryDocument } from './forum.documents';
import { SORT_LABELS, isKeyOf, plural } from './labels';
import { PostList } from './PostList';
import { SortSelect } from './SortSelect';
import { usePostFeed } from './usePostFeed';
import './forum.css';

export function CategoryPage() {
  const { slug = '' } = useParams();
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const sortParam = params.get('sort');
  const sort: PostSort = isKeyOf(SORT_LABELS, sortParam) ? sortParam : 'LATEST_ACTIVITY';
  const category = useQuery(ForumCategoryDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const feed = usePostFeed({ categorySlug: slug, sort });

  if (category.error && !category.data) {
    return (
      <Page title="Forum">
        <ErrorState
          title="We could not load this category"
          message={errorMessage(category.error)}
          onRetry={() => void category.refetch()}
        />
      </Page>
    );
  }
  if (category.loading && !category.data) return <Loading label="Loading the category…" />;
  const found = category.data?.category;
  if (!found) return <NotFoundPage />;

  return (
    <Page title={found.name} intro={<p className="lead">{found.description}</p>}>
      <nav aria-label="Breadcrumb" className="f-breadcrumb">
        <Link to="/forum">Forum</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{found.name}</span>
      </nav>
      <div className="f-toolbar">
        {viewer ? (
          <Link className={buttonClass('primary')} to={`/forum/new?category=${found.slug}`}>
            Start a thread in {found.name}
          </Link>
        ) : (
          <Link className={buttonClass('primary')} to="/sign-in" state={{ from: `/forum/c/${found.slug}` }}>
            Sign in to post
          </Link>
        )}
        <p className="f-meta">{plural(found.postCount, 'post', 'posts')}</p>
      </div>
      {viewer ? <WatchControl categoryId={found.id} level={found.viewerWatch} /> : null}
      <h2>Threads</h2>
      <div className="f-list-controls">
        <SortSelect
          value={sort}
          onChange={(s) => setParams(s === 'LATEST_ACTIVITY' ? {} : { sort: s }, { replace: true })}
        />
      </div>
      <PostList
        label={`Threads in ${found.name}`}
        nodes={feed.nodes}
        loading={feed.loading}
        error={feed.error}
        hasNextPage={feed.hasNextPage}
        loadingMore={feed.loadingMore}
        onLoadMore={feed.loadMore}
        onRetry={feed.retry}
        showCategory={false}
        empty={{
          title: `No threads in ${found.name} yet`,
          text: <p>Start the first conversation here.</p>,
          action: viewer ? <Link to={`/forum/new?category=${found.slug}`}>Start a thread</Link> : null,
        }}
      />
    </Page>
  );
}
