import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Alert, Button } from '../../ui';
import { WithdrawTestimonialDocument } from './testimonials.documents';

/** The author takes their testimonial down, after confirming. */
export function WithdrawButton({ id, title }: { id: string; title?: string }) {
  const [confirming, setConfirming] = useState(false);
  const [withdraw, { loading, error }] = useMutation(WithdrawTestimonialDocument);
  const name = title ? ` “${title}”` : '';
  if (!confirming) {
    return (
      <Button variant="quiet" onClick={() => setConfirming(true)}>
        Withdraw{title ? <span className="visually-hidden">{name}</span> : ' this testimonial'}
      </Button>
    );
  }
  return (
    <Alert
      tone="warning"
      title={`Withdraw this testimonial${name}?`}
      actions={
        <>
          <Button
            variant="danger"
            busy={loading}
            busyLabel="Withdrawing…"
            onClick={() => void withdraw({ variables: { id } }).catch(() => undefined)}
          >
            Yes, withdraw it
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </>
      }
    >
      <p>
        Nobody else will see it any more and it stops counting in the community outcomes. You still see it
        here.
      </p>
      {error ? <p className="field__error">{errorMessage(error)}</p> : null}
    </Alert>
  );
}
