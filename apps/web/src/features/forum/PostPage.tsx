import { LearnLinks } from '../learn';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  errorMessage,
  formatDateTime,
  usePrefetchedFetchPolicy,
  useRouteNotice,
  useSession,
} from '../../lib';
import { Alert, ErrorState, Loading, Page, buttonClass } from '../../ui';
import { BlockedCollapse, useBlockedMembers } from '../blocking';
import { ReportButton } from '../moderation/ReportButton';
import { HeldPostNotice } from './HeldPostNotice';
import { SafeResponseNote } from './SafeResponseNote';
import { WatchControl } from '../notifications/WatchControl';
import { NotFoundPage } from '../placeholders/NotFoundPage';
import { CommentsSection } from './CommentsSection';
import { ConfirmButton } from './ConfirmButton';
import { ContentWarningGate } from './ContentWarningGate';
import { DeletePostDocument, ForumPostDocument, ModeratePostDocument } from './forum.documents';
import { ForumMarkdown } from './ForumMarkdown';
import { JOURNEY_LABELS, STATUS_LABELS } from './labels';
import { postVariables } from './post.prefetch';
import { ReactionBar } from './ReactionBar';
import { RevisionHistory } from './RevisionHistory';
import { ThreadTools } from './ThreadTools';
import './forum.css';

export function PostPage() {
  const { id = '' } = useParams();
  const { viewer } = useSession();
  const blocks = useBlockedMembers();
  const notice = useRouteNotice();
  const navigate = useNavigate();
  const variables = postVariables(id);
  const { data, loading, error, refetch, client } = useQuery(ForumPostDocument, {
    variables,
    fetchPolicy: usePrefetchedFetchPolicy(ForumPostDocument, variables),
  });
  const [deletePost] = useMutation(DeletePostDocument);
  const [moderatePost] = useMutation(ModeratePostDocument);

  if (error && !data) {
    return (
      <Page title="Forum">
        <ErrorState
          title="We could not load this post"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      </Page>
    );
  }
  if (loading && !data) return <Loading label="Loading the post…" />;
  const post = data?.post;
  if (!post) return <NotFoundPage />;

  const mine = viewer?.user.id === post.author.id;
  // Authors edit and delete their own posts; moderators remove others' through moderation (logged).
  const mayChange = !post.deleted && mine;
  const mayRemove = !post.deleted && !mine && viewer && viewer.user.role !== 'MEMBER';
  const open = post.status === 'PUBLISHED' && !post.deleted;
  const moderator = !!viewer && viewer.user.role !== 'MEMBER';

  async function remove() {
    if (mine) await deletePost({ variables: { id } });
    else await moderatePost({ variables: { id, input: { action: 'REMOVE' } } });
    client.cache.evict({ fieldName: 'posts' });
    client.cache.evict({ fieldName: 'categories' });
    if (mine) {
      await refetch();
    } else {
      void navigate('/forum', { state: { notice: 'The post was removed.' } });
    }
  }

  return (
    <Page title={post.title}>
      <nav aria-label="Breadcrumb" className="f-breadcrumb">
        <Link to="/forum">Forum</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/forum/c/${post.category.slug}`}>{post.category.name}</Link>
      </nav>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {post.pinned ? <p className="f-pinned">Pinned by the moderators</p> : null}
      {post.locked ? (
        <Alert tone="info" title="This thread is locked">
          <p>{post.lockNote ?? 'It takes no new comments.'}</p>
        </Alert>
      ) : null}
      {post.status === 'PENDING_REVIEW' && mine ? (
        <HeldPostNotice postId={post.id} />
      ) : post.status !== 'PUBLISHED' ? (
        <Alert tone="info" title={STATUS_LABELS[post.status]}>
          <p>Only you and the moderators can see this post for now.</p>
        </Alert>
      ) : null}
      <article className="f-post" aria-label="Post">
        <p className="f-meta">
          {post.deleted ? (
            'Deleted post'
          ) : (
            <>
              by <strong>{post.author.handle}</strong>
              {post.author.journeyStage ? <> · {JOURNEY_LABELS[post.author.journeyStage]}</> : null}
            </>
          )}{' '}
          · <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
          {post.updatedAt !== post.createdAt && !post.deleted ? (
            <RevisionHistory revisions={post.revisions} />
          ) : null}
        </p>
        {post.tags.length > 0 ? (
          <ul className="f-tags" aria-label="Tags">
            {post.tags.map((tag) => (
              <li key={tag}>
                <Link className="f-tag" to={`/forum?tag=${encodeURIComponent(tag)}`}>
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <LearnLinks tags={post.tags} />
        {post.deleted ? (
          <p className="f-muted">[deleted] The author deleted this post; the conversation below stays.</p>
        ) : (
          <BlockedCollapse blocked={!post.deleted && blocks.isBlocked(post.author.id, post.authorBlocked)}>
            <ContentWarningGate warnings={post.contentWarnings}>
              <ForumMarkdown html={post.bodyHtml} />
            </ContentWarningGate>
          </BlockedCollapse>
        )}
        {post.deleted ? null : <WatchControl postId={post.id} level={post.viewerWatch} />}
        {post.deleted ? null : (
          <ReactionBar
            kind="POST"
            id={post.id}
            reactions={post.reactions}
            viewerReactions={post.viewerReactions}
            disabled={!open}
          />
        )}
        <div className="f-actions">
          {mayChange ? (
            <Link className={buttonClass('quiet')} to={`/forum/p/${post.id}/edit`}>
              Edit post
            </Link>
          ) : null}
          {mayChange || mayRemove ? (
            <ConfirmButton
              label={mine ? 'Delete post' : 'Remove post'}
              question={
                mine
                  ? 'Delete your post? It will show as “[deleted]” and its comments stay.'
                  : 'Remove this post? Only its author and moderators will see it.'
              }
              confirmLabel={mine ? 'Yes, delete it' : 'Yes, remove it'}
              onConfirm={remove}
            />
          ) : null}
          {!post.deleted ? (
            <ReportButton contentKind="POST" contentId={post.id} authorId={post.author.id} />
          ) : null}
        </div>
        {moderator && !post.deleted ? (
          <ThreadTools
            post={post}
            onChanged={() => {
              client.cache.evict({ fieldName: 'posts' });
              void refetch();
            }}
          />
        ) : null}
      </article>
      {post.authorShownCrisisResources && !mine && !post.deleted ? <SafeResponseNote /> : null}
      <CommentsSection
        postId={post.id}
        commentCount={post.commentCount}
        open={open && !post.locked}
        lockNote={post.locked ? (post.lockNote ?? 'This thread is locked.') : null}
        closedNote={
          post.status === 'PENDING_REVIEW' ? 'Comments open once a moderator has reviewed this post.' : null
        }
      />
    </Page>
  );
}
