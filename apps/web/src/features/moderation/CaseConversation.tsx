import type { ModerationCaseQuery } from '../../gql/graphql';
import { ForumMarkdown } from '../forum/ForumMarkdown';
import { formatDateTime } from '../../lib';

type Line = NonNullable<
  NonNullable<ModerationCaseQuery['moderationCase']>['content']
>['conversation'][number];

/** The messages around a chat message in its room, the case's own one marked; Markdown rendered by the server. */
export function Conversation({ lines }: { lines: readonly Line[] }) {
  return (
    <ol className="case-conversation" aria-label="The conversation around the message">
      {lines.map((line) => (
        <li
          key={line.id}
          className={['case-conversation__line', line.focus ? 'case-conversation__line--focus' : null]
            .filter(Boolean)
            .join(' ')}
          aria-current={line.focus ? 'true' : undefined}
        >
          <p className="case-conversation__meta">
            <strong>{line.author?.handle ?? 'a former member'}</strong> ·{' '}
            <time dateTime={line.createdAt}>{formatDateTime(line.createdAt)}</time>
            {line.focus ? <span className="badge">This message</span> : null}
            {line.crisisDetected ? <span className="badge badge--urgent">Crisis language</span> : null}
            {line.removed ? <span className="badge">Removed</span> : null}
          </p>
          <ForumMarkdown html={line.bodyHtml} className="case-conversation__body" />
        </li>
      ))}
    </ol>
  );
}
