import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage, formatDay, useRouteNotice, useSession } from '../../lib';
import { ReportButton } from '../moderation/ReportButton';
import { Alert, Button, EmptyState, ErrorState, Loading, Page } from '../../ui';
import { HelpfulButton } from './HelpfulButton';
import { CONTENT_WARNING_LABELS, STATUS_LABELS } from './labels';
import { TestimonialAuthor } from './TestimonialAuthor';
import { TestimonialFacts } from './TestimonialFacts';
import { WithdrawButton } from './WithdrawButton';
import { FollowUpsSection } from './FollowUpsSection';
import { TestimonialDocument } from './testimonials.documents';
import './testimonials.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function TestimonialPage() {
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const { viewer } = useSession();
  const { data, loading, error, refetch } = useQuery(TestimonialDocument, {
    variables: { id },
    skip: !valid,
    fetchPolicy: 'cache-and-network',
  });
  const [opened, setOpened] = useState(false);
  const notice = useRouteNotice();
  const t = data?.testimonial;

  if (!valid || (!loading && !error && !t)) {
    return (
      <Page title="Testimonial not found" narrow>
        <EmptyState
          title="This testimonial is not available"
          action={<Link to="/testimonials">All testimonials</Link>}
        >
          <p>It may still be waiting for review, or its author may have withdrawn it.</p>
        </EmptyState>
      </Page>
    );
  }
  if (!t) {
    return (
      <Page title="Testimonial" narrow>
        {error ? (
          <ErrorState
            title="We could not load this testimonial"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : (
          <Loading label="Loading the testimonial…" />
        )}
      </Page>
    );
  }

  const folded = t.contentWarnings.length > 0 && !(viewer?.revealContentWarnings ?? false) && !opened;
  const published = t.status === 'PUBLISHED';
  return (
    <Page title={t.title} narrow>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <p className="t-card__meta">
        <TestimonialAuthor
          anonymous={t.anonymous}
          author={t.author ?? null}
          viewerIsAuthor={t.viewerIsAuthor}
        />
        {t.publishedAt ? <> · published {formatDay(t.publishedAt)}</> : null}
      </p>
      {!published ? (
        <p>
          <span className={`t-status t-status--${t.status}`}>{STATUS_LABELS[t.status]}</span>
        </p>
      ) : null}
      {t.status === 'PENDING_REVIEW' && t.viewerIsAuthor ? (
        <Alert tone="info" title="Waiting for review">
          <p>
            A moderator will read your testimonial soon. Until then, only you and the moderators can see it.
          </p>
        </Alert>
      ) : null}
      {t.status === 'REJECTED' && t.rejectionNote ? (
        <Alert tone="warning" title="A note from the moderators">
          <p>{t.rejectionNote}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="facts-heading" className="card t-panel section">
        <h2 id="facts-heading">The treatment at a glance</h2>
        <TestimonialFacts facts={t} />
      </section>

      <section aria-labelledby="story-heading" className="section">
        <h2 id="story-heading">The story</h2>
        {t.contentWarnings.length > 0 ? (
          <p>
            <span className="t-tag t-tag--warning">
              Content warning: {t.contentWarnings.map((w) => CONTENT_WARNING_LABELS[w]).join(', ')}
            </span>
          </p>
        ) : null}
        {folded ? (
          <Button variant="secondary" aria-expanded={false} onClick={() => setOpened(true)}>
            Show the story
          </Button>
        ) : (
          // storyHtml is rendered and sanitised on the server.
          <div className="prose t-story" dangerouslySetInnerHTML={{ __html: t.storyHtml }} />
        )}
      </section>

      {published ? (
        <HelpfulButton
          id={t.id}
          helpfulCount={t.helpfulCount}
          viewerFoundHelpful={t.viewerFoundHelpful}
          viewerIsAuthor={t.viewerIsAuthor}
        />
      ) : null}

      {published ? (
        <div className="t-report">
          <ReportButton
            contentKind="TESTIMONIAL"
            contentId={t.id}
            authorId={t.author?.id ?? null}
            own={t.viewerIsAuthor}
          />
        </div>
      ) : null}

      {t.status === 'PUBLISHED' || t.status === 'PENDING_REVIEW' ? <FollowUpsSection id={t.id} /> : null}

      {t.viewerIsAuthor && t.status !== 'WITHDRAWN' ? <WithdrawButton id={t.id} /> : null}

      <p className="section">
        <Link to="/testimonials">Back to all testimonials</Link>
      </p>
      <p className="t-muted">
        Testimonials are members’ own experiences, not medical advice. Talk with your treatment team before
        changing anything about your care.
      </p>
    </Page>
  );
}
