import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { PostSort } from '../../gql/graphql';
import { errorMessage, formatDate, useCatalogChanges, useRouteNotice, useSession } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page, buttonClass } from '../../ui';
import { ForumSearchForm } from './ForumSearchForm';
import { ForumHomeDocument } from './forum.documents';
import { FORUM_TITLE, ForumIntro } from './forum-intro';
import { SORT_LABELS, isKeyOf, plural } from './labels';
import { PostList } from './PostList';
import { SortSelect } from './SortSelect';
import { usePostFeed } from './usePostFeed';
import './forum.css';

type CategoriesResult = ReturnType<typeof useCategories>;

function useCategories(skip: boolean) {
  const result = useQuery(ForumHomeDocument, { fetchPolicy: 'cache-and-network', skip });
  useCatalogChanges('categories', () => (skip ? undefined : result.refetch()));
  return result;
}

function Categories({ data, loading, error, refetch }: CategoriesResult) {
  if (error && !data) {
    return (
      <ErrorState
        title="We could not load the categories"
        message={errorMessage(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (loading && !data) return <Loading label="Loading categories…" />;
  const categories = data?.categories ?? [];
  if (categories.length === 0) {
    return <EmptyState title="No categories yet">Administrators can add the first ones.</EmptyState>;
  }
  return (
    <ul className="card-grid f-categories">
      {categories.map((c) => (
        <li key={c.id} className="card">
          <h3 className="card__title">
            <Link to={`/forum/c/${c.slug}`}>{c.name}</Link>
          </h3>
          <p>{c.description}</p>
          <p className="f-meta">
            {plural(c.postCount, 'post', 'posts')}
            {c.lastActivityAt ? <> · latest activity {formatDate(c.lastActivityAt)}</> : ' · no posts yet'}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function ForumHomePage() {
  const { viewer } = useSession();
  const notice = useRouteNotice();
  const [params, setParams] = useSearchParams();
  const tag = params.get('tag');
  const sortParam = params.get('sort');
  const sort: PostSort = isKeyOf(SORT_LABELS, sortParam) ? sortParam : 'LATEST_ACTIVITY';
  const feed = usePostFeed({ tag, sort });
  const categories = useCategories(Boolean(tag));
  // The threads wait for the categories above them: arriving first, they would be pushed down the page.
  const categoriesSettled = Boolean(tag) || Boolean(categories.data) || Boolean(categories.error);

  function setParam(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  return (
    <Page title={FORUM_TITLE} intro={<ForumIntro />}>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="f-toolbar">
        {viewer ? (
          <Link className={buttonClass('primary')} to="/forum/new">
            Start a new thread
          </Link>
        ) : (
          <Link className={buttonClass('primary')} to="/sign-in" state={{ from: '/forum/new' }}>
            Sign in to post
          </Link>
        )}
      </div>
      <ForumSearchForm />

      {tag ? null : (
        <section className="section" aria-labelledby="f-categories-heading">
          <h2 id="f-categories-heading">Categories</h2>
          <Categories {...categories} />
        </section>
      )}

      {categoriesSettled ? (
        <section className="section" aria-labelledby="f-latest-heading">
          <h2 id="f-latest-heading">{tag ? `Posts tagged #${tag}` : 'Latest threads'}</h2>
          <div className="f-list-controls">
            <SortSelect value={sort} onChange={(s) => setParam('sort', s === 'LATEST_ACTIVITY' ? null : s)} />
            {tag ? (
              <Button variant="quiet" onClick={() => setParam('tag', null)}>
                Show all posts
              </Button>
            ) : null}
          </div>
          <PostList
            label={tag ? `Posts tagged ${tag}` : 'Latest threads'}
            nodes={feed.nodes}
            loading={feed.loading}
            error={feed.error}
            hasNextPage={feed.hasNextPage}
            loadingMore={feed.loadingMore}
            onLoadMore={feed.loadMore}
            onRetry={feed.retry}
            empty={{
              title: tag ? `No posts tagged #${tag} yet` : 'No threads yet',
              text: <p>Be the first to start a conversation.</p>,
              action: viewer ? <Link to="/forum/new">Start a new thread</Link> : null,
            }}
          />
        </section>
      ) : null}
    </Page>
  );
}
