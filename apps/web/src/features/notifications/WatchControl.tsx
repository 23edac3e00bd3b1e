import { useMutation } from '@apollo/client/react';
import type { WatchLevel } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { SetCategoryWatchDocument, SetPostWatchDocument } from './notifications.documents';

const POST_LEVELS: { value: WatchLevel; label: string }[] = [
  { value: 'WATCHING' as WatchLevel, label: 'Watching: every reply' },
  { value: 'NORMAL' as WatchLevel, label: 'Normal: replies to me and mentions' },
  { value: 'MUTED' as WatchLevel, label: 'Muted: nothing from this thread' },
];

/** Watch, follow normally or mute a post; watch a category. Shown to signed-in members only. */
export function WatchControl(props: {
  postId?: string;
  categoryId?: string;
  level: string | null | undefined;
}) {
  const [setPost, post] = useMutation(SetPostWatchDocument);
  const [setCategory, category] = useMutation(SetCategoryWatchDocument);
  if (!props.level) return null;
  const error = post.error ?? category.error;
  const change = (level: WatchLevel) => {
    if (props.postId) void setPost({ variables: { postId: props.postId, level } });
    else if (props.categoryId) void setCategory({ variables: { categoryId: props.categoryId, level } });
  };
  const levels = props.postId ? POST_LEVELS : POST_LEVELS.slice(0, 2);
  return (
    <div className="watch-control">
      <label>
        {props.postId ? 'Notifications for this thread' : 'New posts in this category'}{' '}
        <select
          value={props.level}
          onChange={(event) => change(event.target.value as WatchLevel)}
          data-testid="watch-level"
        >
          {levels.map((l) => (
            <option key={l.value} value={l.value}>
              {props.categoryId && l.value === 'WATCHING'
                ? 'Tell me of every new post'
                : props.categoryId
                  ? 'Do not tell me'
                  : l.label}
            </option>
          ))}
        </select>
      </label>
      {error ? <p role="alert">{errorMessage(error)}</p> : null}
    </div>
  );
}
