import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { WatchLevel } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { Checkbox } from '../../ui';
import { SetCategoryWatchDocument, SetPostWatchDocument } from './notifications.documents';

const POST_LEVELS: { value: WatchLevel; label: string }[] = [
  { value: 'WATCHING' as WatchLevel, label: 'Watching: every reply' },
  { value: 'NORMAL' as WatchLevel, label: 'Normal: replies to me and mentions' },
  { value: 'MUTED' as WatchLevel, label: 'Muted: nothing from this thread' },
];

/**
 * Watch, follow normally or mute a post; watch a category (be told of every new post in it). Shown to
 * signed-in members only (visitors have no level).
 */
export function WatchControl(props: {
  postId?: string;
  categoryId?: string;
  level: string | null | undefined;
}) {
  const [setPost, post] = useMutation(SetPostWatchDocument);
  const [setCategory, category] = useMutation(SetCategoryWatchDocument);
  const [pending, setPending] = useState<WatchLevel | null>(null);
  if (!props.level) return null;
  const error = post.error ?? category.error;
  const alert = error ? <p role="alert">{errorMessage(error)}</p> : null;

  if (props.categoryId) {
    const categoryId = props.categoryId;
    return (
      <div className="watch-control">
        <Checkbox
          label="Tell me of every new post in this category"
          checked={(pending ?? props.level) === 'WATCHING'}
          onChange={(event) => {
            const level = (event.target.checked ? 'WATCHING' : 'NORMAL') as WatchLevel;
            // Shown at once; the server's answer (or, on an error, the level before) replaces it.
            setPending(level);
            void setCategory({ variables: { categoryId, level } }).finally(() => setPending(null));
          }}
        />
        {alert}
      </div>
    );
  }

  const postId = props.postId;
  return (
    <div className="watch-control">
      <label>
        Notifications for this thread{' '}
        <select
          value={props.level}
          onChange={(event) =>
            postId ? void setPost({ variables: { postId, level: event.target.value as WatchLevel } }) : null
          }
          data-testid="watch-level"
        >
          {POST_LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      {alert}
    </div>
  );
}
