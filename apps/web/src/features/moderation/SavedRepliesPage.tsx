import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { SavedReplyFieldsFragment, SavedReplyInput } from '../../gql/graphql';
import { errorField, errorMessage } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page } from '../../ui';
import {
  CreateSavedReplyDocument,
  DeleteSavedReplyDocument,
  SavedRepliesDocument,
  UpdateSavedReplyDocument,
} from './appeals.documents';
import { ModerationNav } from './ModerationNav';
import { SavedReplyForm, type FormProblem } from './SavedReplyForm';
import './moderation.css';

const problemOf = (error: unknown): FormProblem => ({
  field: errorField(error),
  message: errorMessage(error),
});

/** Administrators: the saved replies moderators insert into case notes. */
export function SavedRepliesPage() {
  const { data, loading, error, refetch } = useQuery(SavedRepliesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [create, creating] = useMutation(CreateSavedReplyDocument, {
    refetchQueries: [SavedRepliesDocument],
    awaitRefetchQueries: true,
  });
  const [createProblem, setCreateProblem] = useState<FormProblem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const replies = data?.savedReplies ?? [];

  async function add(input: SavedReplyInput) {
    try {
      await create({ variables: { input } });
      setCreateProblem(null);
      setMessage(`Saved reply “${input.title}” added.`);
      return true;
    } catch (failure) {
      setCreateProblem(problemOf(failure));
      return false;
    }
  }

  return (
    <Page
      title="Saved replies"
      intro={
        <p>
          Text that moderators insert into a case note with one click: warnings, check-ins, notices and
          answers to appeals. Write them as you would speak to someone who is struggling.
        </p>
      }
    >
      <ModerationNav />
      {message ? <Alert tone="success">{message}</Alert> : null}
      <section className="section" aria-labelledby="new-reply-heading">
        <h2 id="new-reply-heading">Add a saved reply</h2>
        <SavedReplyForm
          busy={creating.loading}
          error={createProblem}
          submitLabel="Add saved reply"
          onSubmit={add}
        />
      </section>
      <section className="section" aria-labelledby="replies-heading">
        <h2 id="replies-heading">Saved replies ({replies.length})</h2>
        {error && !data ? (
          <ErrorState
            title="We could not load the saved replies"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading && !data ? (
          <Loading label="Loading the saved replies…" />
        ) : replies.length === 0 ? (
          <EmptyState title="No saved replies">
            <p>Add one above.</p>
          </EmptyState>
        ) : (
          <ul className="saved-reply-list">
            {replies.map((reply) => (
              <SavedReplyItem key={reply.id} reply={reply} onChanged={setMessage} />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

function SavedReplyItem({
  reply,
  onChanged,
}: {
  reply: SavedReplyFieldsFragment;
  onChanged: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [update, updating] = useMutation(UpdateSavedReplyDocument);
  const [remove, removing] = useMutation(DeleteSavedReplyDocument, {
    refetchQueries: [SavedRepliesDocument],
    awaitRefetchQueries: true,
  });

  async function save(input: SavedReplyInput) {
    try {
      await update({ variables: { id: reply.id, input } });
      setProblem(null);
      setEditing(false);
      onChanged(`Saved reply “${input.title}” saved.`);
      return true;
    } catch (failure) {
      setProblem(problemOf(failure));
      return false;
    }
  }

  return (
    <li className="saved-reply">
      {editing ? (
        <SavedReplyForm
          reply={reply}
          busy={updating.loading}
          error={problem}
          submitLabel="Save"
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <h3 className="saved-reply__title">{reply.title}</h3>
          <p className="saved-reply__body">{reply.body}</p>
          {removing.error ? <Alert tone="error">{errorMessage(removing.error)}</Alert> : null}
          <div className="form__actions">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> {reply.title}</span>
            </Button>
            {confirming ? (
              <>
                <Button
                  variant="danger"
                  busy={removing.loading}
                  busyLabel="Deleting…"
                  onClick={() =>
                    void remove({ variables: { id: reply.id } }).then(
                      () => onChanged(`Saved reply “${reply.title}” deleted.`),
                      () => undefined,
                    )
                  }
                >
                  Yes, delete {reply.title}
                </Button>
                <Button variant="quiet" onClick={() => setConfirming(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button variant="quiet" onClick={() => setConfirming(true)}>
                Delete<span className="visually-hidden"> {reply.title}</span>
              </Button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
