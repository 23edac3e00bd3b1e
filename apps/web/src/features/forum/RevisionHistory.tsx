import type { ForumRevisionFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib';

/**
 * "edited": for the author and moderators (who receive the revisions), a disclosure listing what the
 * text said before each edit; for everyone else, the plain word.
 */
export function RevisionHistory({ revisions }: { revisions: readonly ForumRevisionFragment[] }) {
  if (revisions.length === 0) return <> · edited</>;
  return (
    <>
      {' · '}
      <details className="f-revisions">
        <summary>
          edited ({revisions.length === 1 ? '1 earlier version' : `${revisions.length} earlier versions`})
        </summary>
        <ol aria-label="Earlier versions, oldest first">
          {revisions.map((r) => (
            <li key={r.editedAt}>
              <p className="f-meta">
                Replaced <time dateTime={r.editedAt}>{formatDateTime(r.editedAt)}</time> by {r.editor.handle}
              </p>
              {r.title ? <p className="f-revision-title">{r.title}</p> : null}
              <pre className="f-revision-body">{r.body}</pre>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
