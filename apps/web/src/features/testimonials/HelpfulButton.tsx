import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { errorMessage, useSession } from '../../lib';
import { Alert, Button } from '../../ui';
import { MarkTestimonialHelpfulDocument } from './testimonials.documents';

interface Props {
  id: string;
  helpfulCount: number;
  viewerFoundHelpful: boolean;
  viewerIsAuthor: boolean;
}

const countText = (n: number) =>
  n === 1 ? '1 member found this helpful.' : `${n} members found this helpful.`;

/** "This helped me": once per member, not on one's own story. */
export function HelpfulButton({ id, helpfulCount, viewerFoundHelpful, viewerIsAuthor }: Props) {
  const { viewer } = useSession();
  const [mark, { loading, error }] = useMutation(MarkTestimonialHelpfulDocument);
  return (
    <section aria-label="Was this helpful?" className="section">
      <p role="status">{countText(helpfulCount)}</p>
      {!viewer ? (
        <p>
          <Link to="/sign-in">Sign in</Link> to say this story helped you.
        </p>
      ) : viewerIsAuthor ? null : viewerFoundHelpful ? (
        <p className="t-muted">You said this story helped you. Thank you for letting the author know.</p>
      ) : (
        <Button
          variant="secondary"
          busy={loading}
          busyLabel="Saving…"
          onClick={() => void mark({ variables: { id } }).catch(() => undefined)}
        >
          This helped me
        </Button>
      )}
      {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
    </section>
  );
}
