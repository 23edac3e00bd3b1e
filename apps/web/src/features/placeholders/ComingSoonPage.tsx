import { Link } from 'react-router';
import { EmptyState, Page } from '../../ui';

export interface ComingSoonPageProps {
  title: string;
  /** e.g. "The forum is coming soon." */
  headline: string;
  description: string;
}

/** A kind placeholder for a space that is still being built. */
export function ComingSoonPage({ title, headline, description }: ComingSoonPageProps) {
  return (
    <Page title={title}>
      <EmptyState title={headline} action={<Link to="/">Back to the home page</Link>}>
        <p>{description}</p>
        <p>
          Thank you for your patience. If you need someone to talk to right now, the{' '}
          <Link to="/help">crisis lines</Link> are always available.
        </p>
      </EmptyState>
    </Page>
  );
}

export function ForumPlaceholderPage() {
  return (
    <ComingSoonPage
      title="Forum"
      headline="The forum is coming soon"
      description="We are getting a space ready where you can ask questions and share how things are going."
    />
  );
}

export function TestimonialsPlaceholderPage() {
  return (
    <ComingSoonPage
      title="Testimonials"
      headline="Testimonials are coming soon"
      description="Soon you will be able to read, and share, how ketamine or esketamine treatment went."
    />
  );
}

export function SupportRoomsPlaceholderPage() {
  return (
    <ComingSoonPage
      title="Support rooms"
      headline="Support rooms are coming soon"
      description="Live, moderated rooms where you can talk with others in real time are on their way."
    />
  );
}
