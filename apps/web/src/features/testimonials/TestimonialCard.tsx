import { Link } from 'react-router';
import type { TestimonialSummaryFragment } from '../../gql/graphql';
import { CONTENT_WARNING_LABELS, MODALITY_LABELS, ONSET_LABELS, ratingLabel } from './labels';
import { TestimonialAuthor } from './TestimonialAuthor';
import { phq9Change } from './TestimonialFacts';
import { formatLongDate } from '../../lib';

const EXCERPT_CHARS = 240;

/** The start of the story as plain text (Markdown marks dropped), for a list. */
export function storyExcerpt(story: string): string {
  const plain = story
    .replace(/[#>*_`~[\]()!-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...plain];
  return chars.length <= EXCERPT_CHARS
    ? plain
    : `${chars
        .slice(0, EXCERPT_CHARS - 1)
        .join('')
        .trimEnd()}…`;
}

function formatDate(iso: string | null): string {
  return iso ? formatLongDate(iso) : '';
}

/** One testimonial in a list: title, who, the key facts and the start of the story. */
export function TestimonialCard({
  testimonial,
  revealWarnings,
}: {
  testimonial: TestimonialSummaryFragment;
  revealWarnings: boolean;
}) {
  const t = testimonial;
  const phq9 = phq9Change(t.phq9Before, t.phq9After);
  const folded = t.contentWarnings.length > 0 && !revealWarnings;
  return (
    <li className="card">
      <article aria-labelledby={`t-${t.id}-title`}>
        <h2 className="card__title" id={`t-${t.id}-title`}>
          <Link to={`/testimonials/${t.id}`}>{t.title}</Link>
        </h2>
        <p className="t-card__meta">
          <TestimonialAuthor anonymous={t.anonymous} author={t.author ?? null} />
          {t.publishedAt ? <> · {formatDate(t.publishedAt)}</> : null}
        </p>
        <ul className="t-tags" aria-label="Key facts">
          <li className="t-tag">{MODALITY_LABELS[t.modality]}</li>
          {t.sessionCount !== null ? <li className="t-tag">{t.sessionCount} sessions</li> : null}
          <li className="t-tag">Relief: {ONSET_LABELS[t.reliefOnset].toLowerCase()}</li>
          <li className="t-tag">Overall: {ratingLabel(t.overallRating)}</li>
          {phq9 ? <li className="t-tag">PHQ-9 {phq9}</li> : null}
        </ul>
        {t.contentWarnings.length > 0 ? (
          <p>
            <span className="t-tag t-tag--warning">
              Content warning: {t.contentWarnings.map((w) => CONTENT_WARNING_LABELS[w]).join(', ')}
            </span>
          </p>
        ) : null}
        {folded ? (
          <p className="t-muted">The story is folded because of its content warning. Open it to read.</p>
        ) : (
          <p>{storyExcerpt(t.story)}</p>
        )}
        <p className="t-card__meta">
          {t.helpfulCount === 1
            ? '1 member found this helpful'
            : `${t.helpfulCount} members found this helpful`}
        </p>
      </article>
    </li>
  );
}
