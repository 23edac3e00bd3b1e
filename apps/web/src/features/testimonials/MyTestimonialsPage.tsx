import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage, formatDay, useRouteNotice } from '../../lib';
import { Alert, EmptyState, ErrorState, Loading, Page, buttonClass } from '../../ui';
import { MODALITY_LABELS, STATUS_LABELS, ratingLabel } from './labels';
import { MyTestimonialsDocument } from './testimonials.documents';
import { WithdrawButton } from './WithdrawButton';
import './testimonials.css';

const STATUS_TEXT: Record<string, string> = {
  PENDING_REVIEW: 'A moderator will read it soon. Until then only you and the moderators can see it.',
  PUBLISHED: 'Everyone can read it, and it counts in the community outcomes.',
  REJECTED: 'It was not published.',
  WITHDRAWN: 'You withdrew it. Nobody else sees it, and it no longer counts in the outcomes.',
};

export function MyTestimonialsPage() {
  const notice = useRouteNotice();
  const { data, loading, error, refetch } = useQuery(MyTestimonialsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const mine = data?.myTestimonials ?? [];

  return (
    <Page
      title="My testimonials"
      intro={<p>Every testimonial you have shared, and where it is in review.</p>}
    >
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="t-toolbar">
        <Link className={buttonClass('primary')} to="/testimonials/new">
          Share another story
        </Link>
        <Link className={buttonClass('quiet')} to="/testimonials">
          All testimonials
        </Link>
      </div>
      {error && !data ? (
        <ErrorState
          title="We could not load your testimonials"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loading label="Loading your testimonials…" />
      ) : mine.length === 0 ? (
        <EmptyState
          title="You have not shared a testimonial yet"
          action={<Link to="/testimonials/new">Share your story</Link>}
        >
          <p>Your story could help someone who is deciding whether to try treatment.</p>
        </EmptyState>
      ) : (
        <ul className="t-list" aria-label="My testimonials">
          {mine.map((t) => (
            <li className="card" key={t.id}>
              <article aria-labelledby={`mine-${t.id}`}>
                <h2 className="card__title" id={`mine-${t.id}`}>
                  <Link to={`/testimonials/${t.id}`}>{t.title}</Link>
                </h2>
                <p>
                  <span className={`t-status t-status--${t.status}`}>{STATUS_LABELS[t.status]}</span>{' '}
                  <span className="t-muted">{STATUS_TEXT[t.status]}</span>
                </p>
                {t.status === 'REJECTED' && t.rejectionNote ? (
                  <Alert tone="warning" title="A note from the moderators">
                    <p>{t.rejectionNote}</p>
                  </Alert>
                ) : null}
                <p className="t-card__meta">
                  {MODALITY_LABELS[t.modality]} · {ratingLabel(t.overallRating)} ·{' '}
                  {t.anonymous ? 'Shared anonymously' : 'Shared with your handle'} · submitted{' '}
                  {formatDay(t.createdAt)}
                  {t.status === 'PUBLISHED' ? ` · ${t.helpfulCount} found it helpful` : ''}
                </p>
                {t.status === 'PENDING_REVIEW' ? (
                  <p>
                    <Link to={`/testimonials/${t.id}/edit`}>
                      Edit<span className="visually-hidden"> “{t.title}”</span>
                    </Link>
                  </p>
                ) : null}
                {t.status !== 'WITHDRAWN' ? <WithdrawButton id={t.id} title={t.title} /> : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
