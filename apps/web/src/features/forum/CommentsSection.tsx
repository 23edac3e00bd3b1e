import { Link, useLocation } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import type { ForumCommentFragment } from '../../gql/graphql';
import { LoadMore, errorMessage, usePagedQuery, usePrefetchedFetchPolicy, useSession } from '../../lib';
import { EmptyState, ErrorState, Loading } from '../../ui';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { ForumCommentsDocument } from './forum.documents';
import { plural } from './labels';
import { commentsVariables } from './post.prefetch';

/** A post's comments, oldest first, with "load more" and the composer at the end. */
export function CommentsSection({
  postId,
  commentCount,
  open,
  lockNote = null,
  closedNote = null,
}: {
  postId: string;
  commentCount: number;
  open: boolean;
  /** Set when a moderator locked the thread: shown instead of the composer. */
  lockNote?: string | null;
  /** Why comments are not open, when it is not a lock (e.g. the post waits for review). */
  closedNote?: string | null;
}) {
  const { viewer } = useSession();
  const location = useLocation();
  const client = useApolloClient();
  const variables = commentsVariables(postId);
  const comments = usePagedQuery(
    ForumCommentsDocument,
    { variables, fetchPolicy: usePrefetchedFetchPolicy(ForumCommentsDocument, variables) },
    (answer) => answer.post?.comments,
  );
  const { data, loading, error, refetch, hasNextPage, nodes } = comments;

  /** A new comment joins the end of the thread (when the end is loaded) and the post's count. */
  function added(comment: ForumCommentFragment, held: boolean) {
    if (!hasNextPage) {
      client.cache.updateQuery({ query: ForumCommentsDocument, variables }, (previous) =>
        previous?.post
          ? {
              post: {
                ...previous.post,
                comments: { ...previous.post.comments, nodes: [...previous.post.comments.nodes, comment] },
              },
            }
          : previous,
      );
    }
    if (!held) {
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Post', id: postId }),
        fields: { commentCount: (n: number) => n + 1 },
      });
    }
    client.cache.evict({ fieldName: 'posts' });
  }

  function deleted() {
    void refetch();
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Post', id: postId }),
      fieldName: 'commentCount',
    });
    client.cache.evict({ fieldName: 'posts' });
  }

  const targetId = location.hash.startsWith('#comment-') ? location.hash.slice('#comment-'.length) : null;
  const loadedIds = new Set(nodes.map((c) => c.id));
  return (
    <section className="section f-comments" aria-labelledby="f-comments-heading">
      <h2 id="f-comments-heading">{plural(commentCount, 'comment', 'comments')}</h2>
      {error && !data ? (
        <ErrorState
          title="We could not load the comments"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loading label="Loading comments…" />
      ) : nodes.length === 0 ? (
        <EmptyState title="No comments yet">
          <p>
            {open
              ? 'Be the first to reply.'
              : lockNote
                ? null
                : (closedNote ?? 'This thread is closed for comments.')}
          </p>
        </EmptyState>
      ) : (
        <>
          <ol className="f-comment-list" aria-label="Comments, oldest first">
            {nodes
              .filter((c) => !c.parentId || !loadedIds.has(c.parentId))
              .map((c) => (
                <CommentItem
                  key={c.id}
                  comment={c}
                  onDeleted={deleted}
                  replies={nodes.filter((r) => r.parentId === c.id)}
                  onReplied={() => void refetch()}
                  targetId={targetId}
                />
              ))}
          </ol>
          <LoadMore paging={comments} label="Show more comments" busyLabel="Loading more comments…" />
        </>
      )}
      {lockNote ? (
        <p className="f-lock-note" role="note">
          Locked: {lockNote}
        </p>
      ) : null}
      {open ? (
        viewer ? (
          <CommentComposer postId={postId} onPosted={added} />
        ) : (
          <p>
            <Link to="/sign-in" state={{ from: location.pathname }}>
              Sign in
            </Link>{' '}
            to join the conversation.
          </p>
        )
      ) : null}
    </section>
  );
}
