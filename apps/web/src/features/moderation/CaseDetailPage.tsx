import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ModerationAction, ModerationCaseQuery } from '../../gql/graphql';
import { errorMessage, useSession } from '../../lib';
import { Alert, Button, ErrorState, Loading, Page } from '../../ui';
import { ForumMarkdown } from '../forum/ForumMarkdown';
import { CaseActionForm } from './CaseActionForm';
import { Conversation } from './CaseConversation';
import { FlagList, PriorityBadge, StatusBadge } from './CaseBadges';
import {
  KIND_LABELS,
  SOURCE_LABELS,
  actionLabel,
  contentPath,
  durationSince,
  formatDateTime,
  reasonLabel,
} from './labels';
import { MemberHistory } from './MemberHistory';
import { ReachOutButton } from './ReachOutButton';
import { ClaimCaseDocument, ModerationCaseDocument } from './moderation.documents';
import { ModerationNav } from './ModerationNav';
import { useModerationFeed } from './useModerationFeed';
import './moderation.css';

type CaseDetail = NonNullable<ModerationCaseQuery['moderationCase']>;

/** One case: the content in context, its reports and flags, the member's history, claim and resolve. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ModerationCaseDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  useModerationFeed({ onUpdated: (c) => void (c.id === id && refetch()) });
  const moderationCase = data?.moderationCase;

  return (
    <Page title="Case" documentTitle="Moderation case">
      <ModerationNav />
      <p>
        <Link to="/moderation">Back to the queue</Link>
      </p>
      {moderationCase ? (
        <CaseView moderationCase={moderationCase} onChanged={() => void refetch()} />
      ) : loading ? (
        <Loading label="Loading the case…" />
      ) : error ? (
        <ErrorState
          title="We could not load this case"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : (
        <ErrorState title="No such case" message="It may have been a wrong link." />
      )}
    </Page>
  );
}

function CaseView({ moderationCase: c, onChanged }: { moderationCase: CaseDetail; onChanged: () => void }) {
  const { viewer } = useSession();
  const [claim, claiming] = useMutation(ClaimCaseDocument);
  const [resolved, setResolved] = useState<ModerationAction | null>(null);
  const context = Object.fromEntries((c.content?.context ?? []).map((e) => [e.key, e.value]));
  const path = c.content ? contentPath(c.contentKind, c.contentId, context) : null;
  const mine = c.assignee?.id === viewer?.user.id;
  const aboutMe = c.author?.id === viewer?.user.id;

  return (
    <article className="case-detail" aria-labelledby="case-heading">
      <h2 id="case-heading" className="case-detail__title">
        <PriorityBadge priority={c.priority} /> <StatusBadge status={c.status} /> {KIND_LABELS[c.contentKind]}
        {c.author ? ` by ${c.author.handle}` : ''}
      </h2>
      <dl className="case-facts">
        <dt>Opened</dt>
        <dd>{formatDateTime(c.createdAt)}</dd>
        <dt>Why</dt>
        <dd>{c.sources.map((s) => SOURCE_LABELS[s]).join(', ')}</dd>
        <dt>Claimed by</dt>
        <dd>{c.assignee ? c.assignee.handle : 'Nobody yet'}</dd>
        {c.resolution ? (
          <>
            <dt>Resolution</dt>
            <dd>
              {actionLabel(c.resolution)}
              {c.resolvedAt ? `, ${formatDateTime(c.resolvedAt)}` : ''}
              {c.resolutionNote ? ` — ${c.resolutionNote}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <FlagList flags={c.autoFlags} />
      {c.author && !aboutMe ? <ReachOutButton member={c.author} /> : null}

      <section className="section" aria-labelledby="content-heading">
        <h3 id="content-heading">The {KIND_LABELS[c.contentKind].toLowerCase()}</h3>
        {c.content ? (
          <div className="case-content">
            <p className="case-content__meta">
              Now {c.content.status.toLowerCase().replace('_', ' ')} · written{' '}
              {formatDateTime(c.content.createdAt)}
              {context.title ? ` · in “${context.title}”` : ''}
              {path ? (
                <>
                  {' · '}
                  <Link to={path}>See it in place</Link>
                </>
              ) : null}
            </p>
            {c.priority === 'URGENT' && c.content.visibleSince ? (
              <p className="case-content__public">
                Everyone can see this: public for {durationSince(c.content.visibleSince)}.
              </p>
            ) : null}
            {c.content.conversation.length > 0 ? (
              <Conversation lines={c.content.conversation} />
            ) : (
              <blockquote className="case-content__text">
                <ForumMarkdown html={c.content.html} />
              </blockquote>
            )}
          </div>
        ) : (
          <>
            <p>The content no longer exists. When the case opened it read:</p>
            <blockquote className="case-content__text">{c.excerpt}</blockquote>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="reports-heading">
        <h3 id="reports-heading">Reports ({c.reportCount})</h3>
        {c.reports.length === 0 ? (
          <p>
            No member reported this; it was opened by{' '}
            {c.sources.map((s) => SOURCE_LABELS[s].toLowerCase()).join(' and ')}.
          </p>
        ) : (
          <ul className="report-list">
            {c.reports.map((r) => (
              <li key={r.id}>
                <strong>{reasonLabel(r.reason)}</strong> — {r.reporter ? r.reporter.handle : 'a member'},{' '}
                {formatDateTime(r.createdAt)}
                {r.note ? <p className="report-list__note">{r.note}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {c.status === 'OPEN' && !aboutMe ? (
        <section className="section" aria-labelledby="act-heading">
          <h3 id="act-heading">Act on this case</h3>
          {resolved ? <Alert tone="success">Resolved: {actionLabel(resolved)}.</Alert> : null}
          {claiming.error ? <Alert tone="error">{errorMessage(claiming.error)}</Alert> : null}
          {mine ? (
            <p>You have claimed this case.</p>
          ) : c.assignee ? (
            <p>{c.assignee.handle} has claimed this case.</p>
          ) : (
            <p>
              <Button
                variant="secondary"
                busy={claiming.loading}
                busyLabel="Claiming…"
                onClick={() => void claim({ variables: { id: c.id } }).then(onChanged, () => undefined)}
              >
                Claim this case
              </Button>
            </p>
          )}
          <CaseActionForm
            caseId={c.id}
            contentKind={c.contentKind}
            hasAuthor={!!c.author}
            onResolved={(action) => {
              setResolved(action);
              onChanged();
            }}
          />
        </section>
      ) : c.status === 'OPEN' ? (
        <Alert tone="info">This case is about you, so another moderator will handle it.</Alert>
      ) : resolved ? (
        <Alert tone="success">Resolved: {actionLabel(resolved)}.</Alert>
      ) : null}

      {c.author ? (
        <section className="section" aria-labelledby="history-heading">
          <h3 id="history-heading">{c.author.handle}’s history</h3>
          <MemberHistory userId={c.author.id} handle={c.author.handle} currentCaseId={c.id} />
          <p>
            <Link to={`/moderation/log?member=${c.author.id}`}>
              Actions about {c.author.handle} in the log
            </Link>
          </p>
        </section>
      ) : null}
    </article>
  );
}
