import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage, useSession } from '../../lib';
import { Alert, Button } from '../../ui';
import { RequestEmailVerificationDocument } from './account.documents';

/** A gentle note for members who have not confirmed their address yet; nothing is blocked. */
export function UnverifiedBanner() {
  const { viewer } = useSession();
  const [dismissed, setDismissed] = useState(false);
  const [sent, setSent] = useState(false);
  const [resend, { loading, error }] = useMutation(RequestEmailVerificationDocument);
  if (!viewer || viewer.emailVerified || dismissed) return null;

  return (
    <Alert
      tone="info"
      className="unverified-banner"
      actions={
        <Button variant="secondary" onClick={() => setDismissed(true)}>
          Not now
        </Button>
      }
    >
      <p>
        {sent
          ? `We sent a new link to ${viewer.email}.`
          : `Please confirm ${viewer.email} with the link we e-mailed you, so we can let you know when someone replies.`}{' '}
        {!sent ? (
          <Button
            variant="quiet"
            busy={loading}
            busyLabel="Sending…"
            onClick={() =>
              void resend().then(
                () => setSent(true),
                () => undefined,
              )
            }
          >
            Send the link again
          </Button>
        ) : null}
      </p>
      {error ? <p>{errorMessage(error)}</p> : null}
    </Alert>
  );
}
