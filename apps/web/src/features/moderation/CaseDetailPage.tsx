import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ModerationAction, ModerationCaseQuery } from '../../gql/graphql';
import { errorMessage, formatDateTime, useSession } from '../../lib';
import { Alert, Button, ErrorState, Loading, Page } from '../../ui';
import { ForumMarkdown } from '../forum/ForumMarkdown';
import { CaseActionForm } from './CaseActionForm';
import { Conversation } from './CaseConversation';
import { FlagList, PriorityBadge, StatusBadge } from './CaseBadges';
import { KIND_LABELS, SOURCE_LABELS, actionLabel, contentPath, durationSince, reasonLabel } from './labels';
import { MemberHistory } from './MemberHistory';
import { MemberNotes } from './MemberNotes';
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
  const versions = c.content ? reportedVersions(c.reports, c.content.text) : [];
  const myDecision = !!c.appeal && c.appealedDecision?.actor?.id === viewer?.user.id;

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
            {versions.length > 0 ? (
              <>
                <p className="case-content__edited">
                  <strong>Edited since it was reported.</strong> It now reads:
                </p>
                <blockquote className="case-content__text">{c.content.text}</blockquote>
                {versions.map((version) => (
                  <div key={version.text} className="case-content__version">
                    <p className="case-content__meta">
                      When reported ({version.reports.join('; ')}) it read:
                    </p>
                    <blockquote className="case-content__text case-content__text--reported">
                      {version.text}
                    </blockquote>
                  </div>
                ))}
              </>
            ) : c.content.conversation.length > 0 ? null : (
              <blockquote className="case-content__text">
                <ForumMarkdown html={c.content.html} />
              </blockquote>
            )}
            {c.content.conversation.length > 0 ? <Conversation lines={c.content.conversation} /> : null}
          </div>
        ) : (
          <>
            <p>The content no longer exists. When the case opened it read:</p>
            <blockquote className="case-content__text">{c.excerpt}</blockquote>
          </>
        )}
      </section>

      {c.appeal ? (
        <section className="section" aria-labelledby="appeal-heading">
          <h3 id="appeal-heading">The appeal</h3>
          <dl className="case-facts">
            <dt>Decision appealed</dt>
            <dd>
              {actionLabel(c.appeal.appealedAction)}
              {c.appealedDecision
                ? ` by ${c.appealedDecision.actor?.handle ?? 'a former moderator'}, ${formatDateTime(c.appealedDecision.createdAt)}`
                : ''}
              {c.appealedDecision?.note ? ` — ${c.appealedDecision.note}` : ''}
            </dd>
            <dt>Appealed</dt>
            <dd>{formatDateTime(c.appeal.createdAt)}</dd>
            <dt>Status</dt>
            <dd>
              {c.appeal.status === 'OPEN' ? 'Open' : c.appeal.status === 'UPHELD' ? 'Upheld' : 'Reversed'}
            </dd>
          </dl>
          <p>The member wrote:</p>
          <blockquote className="case-content__text">{c.appeal.note}</blockquote>
        </section>
      ) : null}

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

      {c.status === 'OPEN' && myDecision ? (
        <Alert tone="info">You took the decision under appeal, so another moderator will decide it.</Alert>
      ) : c.status === 'OPEN' && !aboutMe ? (
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
            isAppeal={!!c.appeal}
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
          <h4 id="notes-heading">Moderators’ notes on {c.author.handle}</h4>
          <MemberNotes userId={c.author.id} handle={c.author.handle} />
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

/**
 * The texts the content had when it was reported, where they differ from the text now, oldest first,
 * each with who reported it and when.
 */
function reportedVersions(
  reports: CaseDetail['reports'],
  current: string,
): { text: string; reports: string[] }[] {
  const versions = new Map<string, string[]>();
  for (const r of reports) {
    if (r.reportedText === null || r.reportedText === undefined || r.reportedText === current) continue;
    const who = `${r.reporter ? r.reporter.handle : 'a member'}, ${formatDateTime(r.createdAt)}`;
    versions.set(r.reportedText, [...(versions.get(r.reportedText) ?? []), who]);
  }
  return [...versions].map(([text, by]) => ({ text, reports: by }));
}
