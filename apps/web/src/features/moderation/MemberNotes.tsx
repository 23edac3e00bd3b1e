import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import { errorField, errorMessage, formatDateTime } from '../../lib';
import { Alert, Button, ErrorState, Loading, TextArea } from '../../ui';
import { AddMemberNoteDocument, MemberNotesDocument } from './appeals.documents';

const { bodyMax } = LIMITS.memberNote;

/** Moderators' private notes on a member, newest first, and a form to add one (notes cannot be changed). */
export function MemberNotes({ userId, handle }: { userId: string; handle: string }) {
  const { data, loading, error, refetch } = useQuery(MemberNotesDocument, {
    variables: { userId },
    fetchPolicy: 'cache-and-network',
  });
  const [add, adding] = useMutation(AddMemberNoteDocument, {
    refetchQueries: [{ query: MemberNotesDocument, variables: { userId } }],
    awaitRefetchQueries: true,
  });
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = body.trim();
    if (trimmed.length === 0) return setProblem({ field: 'body', message: 'Write the note first.' });
    if (trimmed.length > bodyMax) {
      return setProblem({ field: 'body', message: `Keep the note to ${bodyMax} characters or fewer.` });
    }
    setProblem(null);
    try {
      await add({ variables: { userId, body: trimmed } });
      setBody('');
    } catch (failure) {
      setProblem({ field: errorField(failure), message: errorMessage(failure) });
    }
  }

  const notes = data?.memberNotes ?? [];
  return (
    <>
      {error && !data ? (
        <ErrorState
          title="Notes not available"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loading label={`Loading the notes on ${handle}…`} />
      ) : notes.length === 0 ? (
        <p>No notes on {handle} yet.</p>
      ) : (
        <ol className="member-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="member-notes__meta">
                {note.author.handle} · {formatDateTime(note.createdAt)}
              </p>
              <p className="member-notes__body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="form member-note-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextArea
          id={`member-note-${userId}`}
          label={`Add a note on ${handle}`}
          hint="Only moderators and administrators see notes. A note cannot be edited or deleted."
          rows={3}
          required
          countLimit={bodyMax}
          value={body}
          error={problem?.field === 'body' ? problem.message : null}
          onChange={(e) => setBody(e.target.value)}
        />
        {problem && problem.field !== 'body' ? (
          <Alert tone="error" title="The note was not added">
            <p>{problem.message}</p>
          </Alert>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="secondary" busy={adding.loading} busyLabel="Adding…">
            Add note
          </Button>
        </div>
      </form>
    </>
  );
}
