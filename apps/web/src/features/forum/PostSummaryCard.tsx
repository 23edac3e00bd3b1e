import { Link } from 'react-router';
import type { ForumPostSummaryFragment } from '../../gql/graphql';
import { formatDate, useSession } from '../../lib';
import { BlockedCollapse, useBlockedMembers } from '../blocking';
import { warningList } from './ContentWarningGate';
import { REACTION_LABELS, STATUS_LABELS, plural } from './labels';

/** One post in a list: title, where and who, tags, the start of the body (folded behind warnings). */
/** Where a search matched: escaped text with <mark> around the matches, made safe by the server. */
export interface SearchSnippet {
  html: string;
  inReply?: boolean;
}

/** A search snippet: the server escapes everything and adds only <mark>, so it may be injected. */
export function SnippetText({ snippet }: { snippet: SearchSnippet }) {
  return (
    <p className="f-card__excerpt f-snippet">
      {snippet.inReply ? <span className="f-snippet__where">In a reply: </span> : null}
      <span dangerouslySetInnerHTML={{ __html: snippet.html }} />
    </p>
  );
}

export function PostSummaryCard({
  post,
  showCategory = true,
  snippet,
}: {
  post: ForumPostSummaryFragment;
  showCategory?: boolean;
  /** In search results: where the words matched, shown instead of the start of the body. */
  snippet?: SearchSnippet | null;
}) {
  const { viewer } = useSession();
  const blocks = useBlockedMembers();
  const folded = post.contentWarnings.length > 0 && !(viewer?.revealContentWarnings ?? false);
  const reactionTotal = post.reactions.reduce((sum, r) => sum + r.count, 0);
  const titleId = `post-${post.id}-title`;
  return (
    <li className="card f-card">
      <BlockedCollapse blocked={blocks.isBlocked(post.author.id, post.authorBlocked)}>
        <article aria-labelledby={titleId}>
          <h3 className="card__title f-card__title" id={titleId}>
            {post.pinned ? <span className="f-pinned">Pinned: </span> : null}
            <Link to={`/forum/p/${post.id}`}>{post.title}</Link>
            {post.locked ? <span className="f-meta"> · locked</span> : null}
          </h3>
          <p className="f-meta">
            by {post.author.handle}
            {showCategory ? (
              <>
                {' '}
                in <Link to={`/forum/c/${post.category.slug}`}>{post.category.name}</Link>
              </>
            ) : null}{' '}
            · {formatDate(post.createdAt)}
            {post.status !== 'PUBLISHED' ? (
              <span className="f-status"> · {STATUS_LABELS[post.status]}</span>
            ) : null}
          </p>
          {post.contentWarnings.length > 0 ? (
            <p className="f-warning-tag">
              <span aria-hidden="true">⚠️ </span>Content warning: {warningList(post.contentWarnings)}
            </p>
          ) : null}
          {folded ? (
            <p className="f-muted">
              Folded because of its content warning. Open the post to choose whether to read it.
            </p>
          ) : snippet ? (
            <SnippetText snippet={snippet} />
          ) : post.excerpt ? (
            <p className="f-card__excerpt">{post.excerpt}</p>
          ) : null}
          {post.tags.length > 0 ? (
            <ul className="f-tags" aria-label="Tags">
              {post.tags.map((tag) => (
                <li key={tag}>
                  <Link className="f-tag" to={`/forum?tag=${encodeURIComponent(tag)}`}>
                    #{tag}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="f-meta">
            {plural(post.commentCount, 'comment', 'comments')} ·{' '}
            {plural(reactionTotal, 'reaction', 'reactions')}
            <span className="visually-hidden">
              {' '}
              ({post.reactions.map((r) => `${REACTION_LABELS[r.kind].label} ${r.count}`).join(', ')})
            </span>{' '}
            · last activity {formatDate(post.lastActivityAt)}
          </p>
        </article>
      </BlockedCollapse>
    </li>
  );
}
