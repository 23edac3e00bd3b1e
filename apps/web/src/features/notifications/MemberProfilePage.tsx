import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage, formatDate, formatDay, useSession } from '../../lib';
import { BlockButton } from '../blocking';
import { ReportButton } from '../moderation/ReportButton';
import { ErrorState, Loading, Page } from '../../ui';
import { plural } from '../forum/labels';
import { NotFoundPage } from '../placeholders';
import { journeyStageLabel } from '../profile';
import { MODALITY_LABELS, ratingLabel } from '../testimonials/labels';
import { MemberProfileDocument } from './notifications.documents';
import './notifications.css';

/**
 * A member's public profile: handle, journey stage, bio, their newest posts and comments, and their
 * published testimonials that carry their name. The server never sends anonymous testimonials or
 * content that is held, hidden, removed or deleted.
 */
export function MemberProfilePage() {
  const { handle = '' } = useParams();
  const { viewer } = useSession();
  const { data, loading, error, refetch } = useQuery(MemberProfileDocument, { variables: { handle } });
  if (loading && !data) return <Loading label="Loading the profile…" />;
  if (error && !data)
    return (
      <ErrorState
        title="We could not load this profile"
        message={errorMessage(error)}
        onRetry={() => void refetch()}
      />
    );
  const user = data?.user;
  if (!user) return <NotFoundPage />;
  return (
    <Page title={`@${user.handle}`} narrow>
      {user.journeyStage ? <p className="f-meta">{journeyStageLabel(user.journeyStage)}</p> : null}
      {user.bio ? <p className="profile-bio">{user.bio}</p> : <p className="f-muted">No bio yet.</p>}
      <p className="f-meta">Member since {formatDay(user.createdAt)}</p>
      {viewer?.user.id !== user.id ? (
        <div className="member-profile__actions">
          {viewer ? <BlockButton user={user} /> : null}
          <ReportButton contentKind="USER" contentId={user.id} authorId={user.id} />
        </div>
      ) : null}

      <section className="section member-profile__section" aria-labelledby="profile-posts">
        <h2 id="profile-posts">Recent posts</h2>
        {user.recentPosts.length === 0 ? (
          <p className="f-muted">No posts yet.</p>
        ) : (
          <ul className="member-profile__list">
            {user.recentPosts.map((post) => (
              <li key={post.id}>
                <Link to={`/forum/p/${post.id}`}>{post.title}</Link>
                <span className="f-meta">
                  {' '}
                  · {formatDate(post.createdAt)} · {plural(post.commentCount, 'comment', 'comments')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section member-profile__section" aria-labelledby="profile-comments">
        <h2 id="profile-comments">Recent comments</h2>
        {user.recentComments.length === 0 ? (
          <p className="f-muted">No comments yet.</p>
        ) : (
          <ul className="member-profile__list">
            {user.recentComments.map((comment) => (
              <li key={comment.id}>
                <Link to={`/forum/p/${comment.post.id}#comment-${comment.id}`}>
                  On “{comment.post.title}”
                </Link>
                <span className="f-meta"> · {formatDate(comment.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section member-profile__section" aria-labelledby="profile-testimonials">
        <h2 id="profile-testimonials">Testimonials</h2>
        {user.publishedTestimonials.length === 0 ? (
          <p className="f-muted">No testimonials shared under this name.</p>
        ) : (
          <ul className="member-profile__list">
            {user.publishedTestimonials.map((testimonial) => (
              <li key={testimonial.id}>
                <Link to={`/testimonials/${testimonial.id}`}>{testimonial.title}</Link>
                <span className="f-meta">
                  {' '}
                  · {MODALITY_LABELS[testimonial.modality]} · {ratingLabel(testimonial.overallRating)}
                  {testimonial.publishedAt ? ` · ${formatDate(testimonial.publishedAt)}` : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
