import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from '@apollo/client/react';
import type { ReactableKind, ReactionKind } from '../../gql/graphql';
import { errorMessage, useSession } from '../../lib';
import { REACTION_LABELS } from './labels';
import { ToggleReactionDocument } from './forum.documents';

interface ReactionBarProps {
  kind: ReactableKind;
  id: string;
  reactions: readonly { kind: ReactionKind; count: number }[];
  viewerReactions: readonly ReactionKind[];
  /** Deleted or unpublished content shows its counts but takes no reactions. */
  disabled?: boolean;
}

const KINDS = Object.keys(REACTION_LABELS) as ReactionKind[];

/** Support, hug, relate, helpful: toggle buttons with counts; visitors see the counts and a sign-in link. */
export function ReactionBar({ kind, id, reactions, viewerReactions, disabled }: ReactionBarProps) {
  const { viewer } = useSession();
  const location = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const [toggle, { loading }] = useMutation(ToggleReactionDocument);
  const countOf = (k: ReactionKind) => reactions.find((r) => r.kind === k)?.count ?? 0;
  const typename = kind === 'POST' ? 'Post' : 'Comment';

  async function react(reaction: ReactionKind) {
    setProblem(null);
    const given = viewerReactions.includes(reaction);
    try {
      await toggle({
        variables: { kind, id, reaction },
        update(cache, { data }) {
          if (!data) return;
          const next = given ? viewerReactions.filter((r) => r !== reaction) : [...viewerReactions, reaction];
          cache.modify({
            id: cache.identify({ __typename: typename, id }),
            fields: { reactions: () => data.toggleReaction, viewerReactions: () => next },
          });
        },
      });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const label = kind === 'POST' ? 'Reactions to this post' : 'Reactions to this comment';
  return (
    <div className="f-reactions">
      <ul className="f-reactions__list" aria-label={label}>
        {KINDS.map((k) => {
          const { label: name, symbol } = REACTION_LABELS[k];
          const count = countOf(k);
          const pressed = viewerReactions.includes(k);
          return (
            <li key={k}>
              {viewer && !disabled ? (
                <button
                  type="button"
                  className={pressed ? 'f-reaction f-reaction--on' : 'f-reaction'}
                  aria-pressed={pressed}
                  disabled={loading}
                  onClick={() => void react(k)}
                >
                  <span aria-hidden="true">{symbol}</span> {name}{' '}
                  <span className="f-reaction__count">{count}</span>
                </button>
              ) : (
                <span className="f-reaction f-reaction--static">
                  <span aria-hidden="true">{symbol}</span> {name}{' '}
                  <span className="f-reaction__count">{count}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!viewer ? (
        <p className="f-muted f-reactions__hint">
          <Link to="/sign-in" state={{ from: location.pathname }}>
            Sign in
          </Link>{' '}
          to react.
        </p>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
