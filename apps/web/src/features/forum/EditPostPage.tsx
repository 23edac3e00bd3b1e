import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, useSession } from '../../lib';
import { Alert, ErrorState, Loading, Page } from '../../ui';
import { NotFoundPage } from '../placeholders/NotFoundPage';
import { ForumPostDocument, UpdatePostDocument } from './forum.documents';
import { noticeAfterPosting } from './NewPostPage';
import { PostComposer, type PostDraft } from './PostComposer';
import './forum.css';

export function EditPostPage() {
  const { id = '' } = useParams();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const { data, loading, error, refetch, client } = useQuery(ForumPostDocument, { variables: { id } });
  const [updatePost] = useMutation(UpdatePostDocument);

  if (error && !data) {
    return (
      <Page title="Edit post">
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (loading && !data) return <Loading label="Loading the post…" />;
  const post = data?.post;
  if (!post) return <NotFoundPage />;
  const mayEdit = viewer && (viewer.user.id === post.author.id || viewer.user.role !== 'MEMBER');

  async function submit(draft: PostDraft) {
    const { data: result } = await updatePost({
      variables: {
        id,
        input: {
          title: draft.title,
          body: draft.body,
          tags: draft.tags,
          contentWarnings: draft.contentWarnings,
        },
      },
    });
    if (!result) return;
    client.cache.evict({ fieldName: 'posts' });
    void navigate(`/forum/p/${id}`, {
      state: { notice: noticeAfterPosting(result.updatePost.safety, true) },
    });
  }

  return (
    <Page title="Edit post" narrow>
      <nav aria-label="Breadcrumb" className="f-breadcrumb">
        <Link to="/forum">Forum</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/forum/p/${post.id}`}>{post.title}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Edit</span>
      </nav>
      {post.deleted ? (
        <Alert tone="info">This post was deleted and can no longer be edited.</Alert>
      ) : !mayEdit ? (
        <Alert tone="info">Only the author of a post and moderators can edit it.</Alert>
      ) : (
        <PostComposer
          initial={{
            categoryId: post.category.id,
            title: post.title,
            body: post.body,
            tags: post.tags,
            contentWarnings: post.contentWarnings,
          }}
          submitLabel="Save changes"
          busyLabel="Saving…"
          onSubmit={submit}
          onCancel={() => void navigate(`/forum/p/${post.id}`)}
        />
      )}
    </Page>
  );
}
