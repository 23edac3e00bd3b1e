import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ModerationCaseEventDto } from '@haven/shared/contracts';
import type {
  CasePriority,
  CaseStatus,
  ContentKind,
  ModerationCaseSummaryFragment,
  ModerationQueueFilter,
} from '../../gql/graphql';
import { LoadMore, errorMessage, usePagedQuery } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page, Select } from '../../ui';
import { FlagList, PriorityBadge, StatusBadge } from './CaseBadges';
import { KIND_LABELS, PRIORITY_LABELS, SOURCE_LABELS, STATUS_LABELS, durationSince, timeAgo } from './labels';
import { ModerationQueueDocument } from './moderation.documents';
import { ModerationDashboard } from './ModerationDashboard';
import { ModerationNav } from './ModerationNav';
import { useModerationFeed, type FeedStatus } from './useModerationFeed';
import './moderation.css';

/** Cases per page. */
const PAGE_SIZE = 20;
const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

function matches(filter: ModerationQueueFilter, c: ModerationCaseEventDto): boolean {
  return (
    (filter.status ?? 'OPEN') === c.status &&
    (!filter.priority || filter.priority === c.priority) &&
    (!filter.contentKind || filter.contentKind === c['contentKind'])
  );
}

/** The moderators' queue: URGENT first, then the longest-waiting; new cases arrive live. */
export function ModerationQueuePage() {
  const [status, setStatus] = useState<CaseStatus>('OPEN');
  const [priority, setPriority] = useState<CasePriority | ''>('');
  const [kind, setKind] = useState<ContentKind | ''>('');
  const filter: ModerationQueueFilter = {
    status,
    priority: priority || null,
    contentKind: kind || null,
  };
  const queue = usePagedQuery(
    ModerationQueueDocument,
    { variables: { filter, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' },
    (answer) => answer.moderationQueue,
  );
  const { data, loading, error, refetch } = queue;
  const [urgent, setUrgent] = useState<ModerationCaseEventDto[]>([]);
  const [escalated, setEscalated] = useState<ModerationCaseEventDto[]>([]);
  const [changes, setChanges] = useState(0);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const filterRef = useRef(filter);
  useEffect(() => {
    filterRef.current = filter;
  });

  const scheduleRefetch = useCallback(() => {
    if (refetchTimer.current) clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => void refetch(), 200);
  }, [refetch]);
  useEffect(() => () => void (refetchTimer.current && clearTimeout(refetchTimer.current)), []);

  const feed = useModerationFeed({
    onOpened: (c) => {
      if (c.priority === 'URGENT') setUrgent((list) => [c, ...list.filter((u) => u.id !== c.id)]);
      setFresh((ids) => new Set(ids).add(c.id));
      if (matches(filterRef.current, c)) scheduleRefetch();
    },
    onUpdated: (c) => {
      if (c.assignee || c.status !== 'OPEN') setEscalated((list) => list.filter((e) => e.id !== c.id));
      setChanges((n) => n + 1);
      scheduleRefetch();
    },
    onEscalated: (c) => {
      setEscalated((list) => [c, ...list.filter((e) => e.id !== c.id)]);
      scheduleRefetch();
    },
  });

  const nodes = data?.moderationQueue.nodes ?? [];

  return (
    <Page title="Moderation queue" intro="Urgent cases come first, then the ones that have waited longest.">
      <ModerationNav />
      <FeedIndicator status={feed} />
      {escalated.length > 0 ? (
        <div className="urgent-alert">
          <Alert
            tone="error"
            title={
              escalated.length === 1
                ? 'An urgent case has waited unclaimed'
                : `${escalated.length} urgent cases have waited unclaimed`
            }
          >
            <ul className="urgent-alert__list">
              {escalated.map((c) => (
                <li key={c.id}>
                  <Link to={`/moderation/cases/${c.id}`}>Claim it now</Link>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}
      {urgent.length > 0 ? (
        <div className="urgent-alert">
          <Alert
            tone="warning"
            title={urgent.length === 1 ? 'A new urgent case' : `${urgent.length} new urgent cases`}
            actions={
              <Button variant="secondary" onClick={() => setUrgent([])}>
                Dismiss
              </Button>
            }
          >
            <ul className="urgent-alert__list">
              {urgent.map((c) => (
                <li key={c.id}>
                  <Link to={`/moderation/cases/${c.id}`}>{String(c['excerpt'] ?? 'Open the case')}</Link>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}
      <ModerationDashboard refreshKey={changes} />
      <form className="queue-filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Status"
          required
          value={status}
          options={options(STATUS_LABELS)}
          onChange={(e) => setStatus(e.target.value as CaseStatus)}
        />
        <Select
          label="Priority"
          emptyOption="Any priority"
          value={priority}
          options={options(PRIORITY_LABELS)}
          onChange={(e) => setPriority(e.target.value as CasePriority | '')}
        />
        <Select
          label="Kind"
          emptyOption="Anything"
          value={kind}
          options={options(KIND_LABELS)}
          onChange={(e) => setKind(e.target.value as ContentKind | '')}
        />
      </form>
      {error && nodes.length === 0 ? (
        <ErrorState
          title="We could not load the queue"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && nodes.length === 0 ? (
        <Loading label="Loading the queue…" />
      ) : nodes.length === 0 ? (
        <EmptyState title={status === 'OPEN' ? 'The queue is empty' : 'No cases here'}>
          {status === 'OPEN' ? <p>New cases appear here as soon as they arrive.</p> : null}
        </EmptyState>
      ) : (
        <ol className="case-list" aria-label="Cases">
          {nodes.map((c) => (
            <CaseItem key={c.id} moderationCase={c} fresh={fresh.has(c.id)} />
          ))}
        </ol>
      )}
      <LoadMore paging={queue} label="Show more cases" />
    </Page>
  );
}

function FeedIndicator({ status }: { status: FeedStatus }) {
  const text: Record<FeedStatus, string> = {
    connecting: 'Connecting to the live queue…',
    live: 'Live: new cases appear here without reloading.',
    offline: 'Reconnecting to the live queue… Reload to be sure you see everything.',
    refused: 'The live queue is for moderators only.',
  };
  return (
    <p className={`feed-status feed-status--${status}`} role="status">
      <span className="feed-status__dot" aria-hidden="true" />
      {text[status]}
    </p>
  );
}

function CaseItem({
  moderationCase: c,
  fresh,
}: {
  moderationCase: ModerationCaseSummaryFragment;
  fresh: boolean;
}) {
  const classes = ['case-card', `case-card--${c.priority.toLowerCase()}`, fresh ? 'case-card--new' : null];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <div className="case-card__meta">
        <PriorityBadge priority={c.priority} />
        <StatusBadge status={c.status} />
        <span>{KIND_LABELS[c.contentKind]}</span>
        {fresh ? <span className="badge badge--new">New</span> : null}
        <span>
          {c.author ? `by ${c.author.handle}` : 'author unknown'} · {timeAgo(c.createdAt)}
        </span>
      </div>
      <p className="case-card__excerpt">
        <Link to={`/moderation/cases/${c.id}`}>{c.excerpt || '(no text)'}</Link>
      </p>
      <div className="case-card__meta">
        <span>{c.sources.map((s) => SOURCE_LABELS[s]).join(', ')}</span>
        {c.reportCount > 0 ? (
          <span>{c.reportCount === 1 ? '1 report' : `${c.reportCount} reports`}</span>
        ) : null}
        <span>{c.assignee ? `Claimed by ${c.assignee.handle}` : 'Not claimed'}</span>
        {c.priority === 'URGENT' && c.content?.visibleSince ? (
          <span className="case-card__public">Public for {durationSince(c.content.visibleSince)}</span>
        ) : null}
      </div>
      <FlagList flags={c.autoFlags} />
    </li>
  );
}
