import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Button } from '../../ui';
import {
  ComposerCategoriesDocument,
  LockPostDocument,
  MovePostDocument,
  PinPostDocument,
} from './forum.documents';

interface ThreadToolsProps {
  post: { id: string; pinned: boolean; locked: boolean; category: { id: string } };
  onChanged: () => void;
}

/** Moderators' controls on a post: pin or unpin, lock (with a note) or unlock, move to another category. */
export function ThreadTools({ post, onChanged }: ThreadToolsProps) {
  const [pinPost, pinState] = useMutation(PinPostDocument);
  const [lockPost, lockState] = useMutation(LockPostDocument);
  const [movePost, moveState] = useMutation(MovePostDocument);
  const categories = useQuery(ComposerCategoriesDocument);
  const [note, setNote] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const others = (categories.data?.categories ?? []).filter((c) => c.id !== post.category.id);
  return (
    <section className="f-thread-tools" aria-label="Thread tools">
      <Button
        variant="secondary"
        busy={pinState.loading}
        busyLabel="Saving…"
        onClick={() => void run(() => pinPost({ variables: { id: post.id, pinned: !post.pinned } }))}
      >
        {post.pinned ? 'Unpin' : 'Pin'}
      </Button>
      {post.locked ? (
        <Button
          variant="secondary"
          busy={lockState.loading}
          busyLabel="Saving…"
          onClick={() => void run(() => lockPost({ variables: { id: post.id, locked: false } }))}
        >
          Unlock
        </Button>
      ) : (
        <form
          className="f-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await lockPost({ variables: { id: post.id, locked: true, note: note.trim() || null } });
              setNote('');
            });
          }}
        >
          <label htmlFor="f-lock-note">Lock note</label>
          <input
            id="f-lock-note"
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            placeholder="Why the thread is closed"
          />
          <Button type="submit" variant="secondary" busy={lockState.loading} busyLabel="Locking…">
            Lock
          </Button>
        </form>
      )}
      <form
        className="f-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (target) void run(() => movePost({ variables: { id: post.id, categoryId: target } }));
        }}
      >
        <label htmlFor="f-move-target">Move to</label>
        <select id="f-move-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose a category</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          busy={moveState.loading}
          busyLabel="Moving…"
          disabled={!target}
        >
          Move
        </Button>
      </form>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
