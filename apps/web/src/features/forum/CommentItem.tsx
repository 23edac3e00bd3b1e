import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { ForumCommentFragment } from '../../gql/graphql';
import { errorMessage, formatDateTime, useSession } from '../../lib';
import { Button } from '../../ui';
import { BlockedCollapse, useBlockedMembers } from '../blocking';
import { ReportButton } from '../moderation/ReportButton';
import { ConfirmButton } from './ConfirmButton';
import {
  DeleteCommentDocument,
  ModerateCommentDocument,
  ReplyToCommentDocument,
  UpdateCommentDocument,
} from './forum.documents';
import { ForumMarkdown } from './ForumMarkdown';
import { JOURNEY_LABELS, STATUS_LABELS } from './labels';
import { RevisionHistory } from './RevisionHistory';
import { MarkdownEditor } from './MarkdownEditor';
import { ReactionBar } from './ReactionBar';

/**
 * One comment: who and when, the text, reactions, and edit/delete for its author and moderators. The
 * comment a link points at (`#comment-ID`, as notifications do) is brought into view and focused.
 */
export function CommentItem({
  comment,
  onDeleted,
  replies = [],
  onReplied,
  targetId = null,
}: {
  comment: ForumCommentFragment;
  onDeleted: () => void;
  replies?: ForumCommentFragment[];
  onReplied?: () => void;
  targetId?: string | null;
}) {
  const { viewer } = useSession();
  const blocks = useBlockedMembers();
  const blocked = !comment.deleted && blocks.isBlocked(comment.author.id, comment.authorBlocked);
  const targeted = targetId === comment.id;
  const articleRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!targeted || !articleRef.current) return;
    articleRef.current.scrollIntoView({ block: 'start' });
    articleRef.current.focus({ preventScroll: true });
  }, [targeted]);
  const [replying, setReplying] = useState(false);
  const [replyDraft, setReplyDraft] = useState('');
  const [replyProblem, setReplyProblem] = useState<string | null>(null);
  const [replyToComment, reply] = useMutation(ReplyToCommentDocument);

  async function sendReply(event: FormEvent) {
    event.preventDefault();
    if (replyDraft.trim() === '') {
      setReplyProblem('A reply cannot be empty.');
      return;
    }
    try {
      await replyToComment({ variables: { commentId: comment.id, body: replyDraft } });
      setReplying(false);
      setReplyDraft('');
      setReplyProblem(null);
      onReplied?.();
    } catch (error) {
      setReplyProblem(errorMessage(error));
    }
  }
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [problem, setProblem] = useState<string | null>(null);
  const [updateComment, update] = useMutation(UpdateCommentDocument);
  const [deleteComment] = useMutation(DeleteCommentDocument);
  const [moderateComment] = useMutation(ModerateCommentDocument);
  const mine = viewer?.user.id === comment.author.id;
  // Authors edit and delete their own comments; moderators remove others' through moderation (logged).
  const mayChange = !comment.deleted && mine;
  const mayRemove = !comment.deleted && !mine && viewer && viewer.user.role !== 'MEMBER';
  const headingId = `comment-${comment.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '') {
      setProblem('A comment cannot be empty.');
      return;
    }
    try {
      await updateComment({ variables: { id: comment.id, body: draft } });
      setEditing(false);
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  async function remove() {
    if (mine) await deleteComment({ variables: { id: comment.id } });
    else await moderateComment({ variables: { id: comment.id, input: { action: 'REMOVE' } } });
    onDeleted();
  }

  return (
    <li className={targeted ? 'f-comment f-comment--target' : 'f-comment'}>
      <article
        aria-labelledby={headingId}
        ref={articleRef}
        tabIndex={targeted ? -1 : undefined}
        aria-current={targeted ? 'location' : undefined}
      >
        <h3 className="f-comment__by" id={headingId}>
          {comment.deleted ? (
            <span>Deleted comment</span>
          ) : (
            <>
              {comment.author.handle}
              {comment.author.journeyStage ? (
                <span className="f-meta"> · {JOURNEY_LABELS[comment.author.journeyStage]}</span>
              ) : null}
            </>
          )}
          <span className="f-meta">
            {' '}
            · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
            {comment.updatedAt !== comment.createdAt && !comment.deleted ? (
              <RevisionHistory revisions={comment.revisions} />
            ) : null}
          </span>
        </h3>
        {comment.status !== 'PUBLISHED' ? <p className="f-status">{STATUS_LABELS[comment.status]}</p> : null}
        {editing ? (
          <form className="form" noValidate onSubmit={(e) => void save(e)} aria-label="Edit your comment">
            <MarkdownEditor
              id={`comment-edit-${comment.id}`}
              label="Edit comment"
              value={draft}
              onChange={setDraft}
              limit={LIMITS.comment.bodyMax}
              rows={4}
              error={problem}
            />
            <div className="form__actions">
              <Button type="submit" busy={update.loading} busyLabel="Saving…">
                Save comment
              </Button>
              <Button variant="quiet" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : comment.deleted ? (
          <p className="f-muted">[deleted]</p>
        ) : (
          <BlockedCollapse blocked={blocked}>
            <ForumMarkdown html={comment.bodyHtml} />
          </BlockedCollapse>
        )}
        {comment.deleted ? null : (
          <ReactionBar
            kind="COMMENT"
            id={comment.id}
            reactions={comment.reactions}
            viewerReactions={comment.viewerReactions}
            disabled={comment.status !== 'PUBLISHED'}
          />
        )}
        <div className="f-actions">
          {viewer && onReplied && !comment.deleted && comment.status === 'PUBLISHED' && !replying ? (
            <Button variant="quiet" onClick={() => setReplying(true)}>
              Reply
            </Button>
          ) : null}
          {mayChange && !editing ? (
            <Button variant="quiet" onClick={() => setEditing(true)}>
              Edit comment
            </Button>
          ) : null}
          {mayChange || mayRemove ? (
            <ConfirmButton
              label={mine ? 'Delete comment' : 'Remove comment'}
              question={mine ? 'Delete your comment? It will show as “[deleted]”.' : 'Remove this comment?'}
              confirmLabel={mine ? 'Yes, delete it' : 'Yes, remove it'}
              onConfirm={remove}
            />
          ) : null}
          {!comment.deleted ? (
            <ReportButton contentKind="COMMENT" contentId={comment.id} authorId={comment.author.id} />
          ) : null}
        </div>
        {replying ? (
          <form
            className="form"
            noValidate
            onSubmit={(e) => void sendReply(e)}
            aria-label="Reply to this comment"
          >
            <MarkdownEditor
              id={`comment-reply-${comment.id}`}
              label="Your reply"
              value={replyDraft}
              onChange={setReplyDraft}
              limit={LIMITS.comment.bodyMax}
              rows={3}
              error={replyProblem}
            />
            <div className="form__actions">
              <Button type="submit" busy={reply.loading} busyLabel="Sending…">
                Send reply
              </Button>
              <Button variant="quiet" onClick={() => setReplying(false)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : null}
      </article>
      {replies.length > 0 ? (
        <ol className="f-comment-list f-comment-replies" aria-label="Replies">
          {replies.map((r) => (
            <CommentItem key={r.id} comment={r} onDeleted={onDeleted} targetId={targetId} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
