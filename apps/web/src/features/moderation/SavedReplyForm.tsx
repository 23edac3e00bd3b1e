import { useState, type FormEvent } from 'react';
import { LIMITS } from '@haven/shared/contracts';
import type { SavedReplyFieldsFragment, SavedReplyInput } from '../../gql/graphql';
import { Alert, Button, TextArea, TextField } from '../../ui';

const { titleMax, bodyMax } = LIMITS.savedReply;

export interface FormProblem {
  field: string | null;
  message: string;
}

/** The title and text of a saved reply, for creating or editing one. */
export function SavedReplyForm({
  reply,
  busy,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  reply?: SavedReplyFieldsFragment;
  busy: boolean;
  error: FormProblem | null;
  submitLabel: string;
  onSubmit: (input: SavedReplyInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const shown = problem ?? error;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { title: title.trim(), body: body.trim() };
    if (input.title.length === 0 || input.title.length > titleMax) {
      return setProblem({ field: 'title', message: `A title has 1 to ${titleMax} characters.` });
    }
    if (input.body.length === 0 || input.body.length > bodyMax) {
      return setProblem({ field: 'body', message: `The text has 1 to ${bodyMax} characters.` });
    }
    setProblem(null);
    const saved = await onSubmit(input);
    if (saved && !reply) {
      setTitle('');
      setBody('');
    }
  }

  const prefix = reply ? `reply-${reply.id}` : 'reply-new';
  return (
    <form className="form saved-reply-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id={`${prefix}-title`}
        label="Title"
        hint="What moderators pick it by."
        required
        countLimit={titleMax}
        value={title}
        error={shown?.field === 'title' ? shown.message : null}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        id={`${prefix}-body`}
        label="Text"
        hint="Inserted into the note of a case action, which the member may read."
        rows={5}
        required
        countLimit={bodyMax}
        value={body}
        error={shown?.field === 'body' ? shown.message : null}
        onChange={(e) => setBody(e.target.value)}
      />
      {shown && shown.field !== 'title' && shown.field !== 'body' ? (
        <Alert tone="error" title="The saved reply was not saved">
          <p>{shown.message}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
