import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { AppealFieldsFragment } from '../../gql/graphql';
import { errorField, errorMessage, formatDateTime } from '../../lib';
import { Alert, Button, TextArea } from '../../ui';
import { AppealDocument } from './appeals.documents';

const { noteMax } = LIMITS.appeal;

/** Where an appeal stands, in the member's words. */
export function AppealState({ appeal }: { appeal: AppealFieldsFragment }) {
  const text =
    appeal.status === 'OPEN'
      ? `You appealed on ${formatDateTime(appeal.createdAt)}. A moderator who was not part of the decision will look at it.`
      : appeal.status === 'UPHELD'
        ? 'Your appeal was reviewed and the decision stands.'
        : 'Your appeal was reviewed and the decision was reversed.';
  return (
    <div className="appeal-state" role="status">
      <p>
        <span className={`badge badge--appeal-${appeal.status.toLowerCase()}`}>
          Appeal {appeal.status === 'OPEN' ? 'open' : appeal.status === 'UPHELD' ? 'upheld' : 'reversed'}
        </span>{' '}
        {text}
      </p>
      {appeal.decisionNote ? <p className="notice__note">Moderator’s answer: {appeal.decisionNote}</p> : null}
    </div>
  );
}

/**
 * "Appeal" on a notice: a note of up to 1,000 characters, sent once. Open to suspended members too
 * (it is how they ask for a suspension to be looked at again).
 */
export function AppealForm({
  noticeId,
  until,
  onAppealed,
}: {
  noticeId: string;
  until: string;
  onAppealed?: (appeal: AppealFieldsFragment) => void;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(null);
  const [send, { loading }] = useMutation(AppealDocument, { refetchQueries: 'active' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = note.trim();
    if (trimmed.length === 0) {
      return setProblem({ field: 'note', message: 'Tell the moderators why you are appealing.' });
    }
    if (trimmed.length > noteMax) {
      return setProblem({ field: 'note', message: `Keep your note to ${noteMax} characters or fewer.` });
    }
    setProblem(null);
    try {
      const { data } = await send({ variables: { noticeId, note: trimmed } });
      if (data) onAppealed?.(data.appeal);
    } catch (error) {
      setProblem({ field: errorField(error), message: errorMessage(error) });
    }
  }

  if (!open) {
    return (
      <p>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Appeal<span className="visually-hidden"> this decision</span>
        </Button>{' '}
        <span className="notice__note">You can appeal once, until {formatDateTime(until)}.</span>
      </p>
    );
  }
  return (
    <form className="form appeal-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextArea
        id={`appeal-${noticeId}`}
        label="Why should this decision be looked at again?"
        hint="A moderator who was not part of the decision reads it. You can appeal once."
        rows={4}
        required
        countLimit={noteMax}
        value={note}
        error={problem?.field === 'note' ? problem.message : null}
        onChange={(e) => setNote(e.target.value)}
      />
      {problem && problem.field !== 'note' ? (
        <Alert tone="error" title="Your appeal was not sent">
          <p>{problem.message}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Sending…">
          Send appeal
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
