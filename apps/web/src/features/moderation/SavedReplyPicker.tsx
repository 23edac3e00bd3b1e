import { useQuery } from '@apollo/client/react';
import { Button } from '../../ui';
import { SavedRepliesDocument } from './appeals.documents';

/** Saved replies, each inserted into the note with one click. */
export function SavedReplyPicker({ onInsert }: { onInsert: (body: string) => void }) {
  const { data } = useQuery(SavedRepliesDocument, { fetchPolicy: 'cache-first' });
  const replies = data?.savedReplies ?? [];
  if (replies.length === 0) return null;
  return (
    <details className="saved-replies">
      <summary>Saved replies</summary>
      <ul className="saved-replies__list">
        {replies.map((reply) => (
          <li key={reply.id}>
            <Button variant="quiet" onClick={() => onInsert(reply.body)}>
              <span className="visually-hidden">Insert </span>
              {reply.title}
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
