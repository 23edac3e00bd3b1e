import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { ForumCommentFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { Alert, Button } from '../../ui';
import { CreateCommentDocument } from './forum.documents';
import { MarkdownEditor } from './MarkdownEditor';
import { SafetyNotice, type CrisisLine } from './SafetyNotice';
import { useSafetyCheck } from './useSafetyCheck';

/** Writing a comment, with the same safety check before sending as a post. */
export function CommentComposer({
  postId,
  onPosted,
}: {
  postId: string;
  onPosted: (comment: ForumCommentFragment, held: boolean) => void;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [crisis, setCrisis] = useState<CrisisLine[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const checkSafety = useSafetyCheck();
  const [createComment] = useMutation(CreateCommentDocument);
  const noticeRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    if (body.trim() === '') {
      setError('Write something first.');
      document.getElementById('comment-body')?.focus();
      return;
    }
    if (body.length > LIMITS.comment.bodyMax) {
      setError(`A comment can be at most ${LIMITS.comment.bodyMax} characters.`);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      if (!crisis) {
        const resources = await checkSafety(body);
        if (resources) {
          setCrisis(resources);
          setTimeout(() => noticeRef.current?.focus(), 0);
          return;
        }
      }
      const { data } = await createComment({ variables: { input: { postId, body } } });
      if (!data) return;
      const held = data.createComment.safety.heldForReview;
      onPosted(data.createComment.comment, held);
      setBody('');
      setCrisis(null);
      setSent(held ? 'Your comment is waiting for a moderator.' : 'Your comment is posted.');
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form f-comment-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="New comment"
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {sent ? <Alert tone="success">{sent}</Alert> : null}
      <MarkdownEditor
        id="comment-body"
        label="Add a comment"
        value={body}
        onChange={(v) => {
          setBody(v);
          setCrisis(null);
        }}
        limit={LIMITS.comment.bodyMax}
        rows={5}
        error={error}
      />
      {crisis ? (
        <div ref={noticeRef} tabIndex={-1}>
          <SafetyNotice resources={crisis}>
            <p>When you are ready, you can post your comment as it is, or keep editing.</p>
          </SafetyNotice>
        </div>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={busy} busyLabel="Posting…">
          {crisis ? 'Post comment now' : 'Post comment'}
        </Button>
      </div>
    </form>
  );
}
