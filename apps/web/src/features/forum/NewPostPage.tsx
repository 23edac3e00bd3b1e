import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, useCatalogChanges } from '../../lib';
import { ErrorState, Loading, Page } from '../../ui';
import { ComposerCategoriesDocument, CreatePostDocument } from './forum.documents';
import { PostComposer, type PostDraft } from './PostComposer';
import './forum.css';

/** Where a new post lands, and what the author is told there. */
export function noticeAfterPosting(
  safety: { heldForReview: boolean; crisisDetected: boolean },
  edited = false,
): string {
  if (safety.heldForReview) {
    return edited
      ? 'Your changes were saved. A moderator will read the post before others can see it again.'
      : 'Thank you. Your post is waiting for a moderator and will appear once they have read it.';
  }
  if (safety.crisisDetected) {
    return 'Your post is up. If things feel too heavy, the crisis lines are always on the Help page.';
  }
  return edited ? 'Your changes are saved.' : 'Your post is up.';
}

export function NewPostPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const categories = useQuery(ComposerCategoriesDocument);
  useCatalogChanges('categories', categories.refetch);
  const [createPost] = useMutation(CreatePostDocument);

  async function submit(draft: PostDraft) {
    const { data } = await createPost({ variables: { input: draft } });
    if (!data) return;
    const { post, safety } = data.createPost;
    // The feeds and counts changed: let every list ask again when it is next shown.
    categories.client.cache.evict({ fieldName: 'posts' });
    categories.client.cache.evict({ fieldName: 'categories' });
    void navigate(`/forum/p/${post.id}`, { state: { notice: noticeAfterPosting(safety) } });
  }

  const list = categories.data?.categories ?? [];
  const preset = list.find((c) => c.slug === params.get('category'))?.id ?? '';
  return (
    <Page title="Start a new thread" narrow>
      <nav aria-label="Breadcrumb" className="f-breadcrumb">
        <Link to="/forum">Forum</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">New thread</span>
      </nav>
      <p>
        Share what is on your mind. Please leave out names of people and clinics, and remember that members
        share experience, not medical advice.
      </p>
      {categories.error && !categories.data ? (
        <ErrorState message={errorMessage(categories.error)} onRetry={() => void categories.refetch()} />
      ) : !categories.data ? (
        <Loading label="Loading categories…" />
      ) : (
        <PostComposer
          key={preset}
          categories={list}
          initial={{ categoryId: preset, title: '', body: '', tags: [], contentWarnings: [] }}
          submitLabel="Post"
          busyLabel="Posting…"
          onSubmit={submit}
          onCancel={() => void navigate(-1)}
        />
      )}
    </Page>
  );
}
