import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { errorMessage, useSession } from '../../lib';
import { Alert, Loading, Page } from '../../ui';
import { VerifyEmailDocument } from './account.documents';

/** Opens the link from a verification or e-mail-change message; it works signed in or signed out. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { viewer } = useSession();
  const [verifyEmail] = useMutation(VerifyEmailDocument, { refetchQueries: ['Viewer'] });
  const [outcome, setOutcome] = useState<{ email: string } | { error: string } | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    verifyEmail({ variables: { token } })
      .then(({ data }) =>
        setOutcome(data ? { email: data.verifyEmail.email } : { error: 'Please try again.' }),
      )
      .catch((error: unknown) => setOutcome({ error: errorMessage(error) }));
  }, [token, verifyEmail]);

  return (
    <Page title="Confirm your e-mail address" narrow>
      {!token ? (
        <Alert tone="error" title="This link is not complete">
          <p>Open the link from the e-mail again.</p>
        </Alert>
      ) : outcome === null ? (
        <Loading label="Confirming your address…" />
      ) : 'email' in outcome ? (
        <Alert tone="success" title="Thank you: your address is confirmed">
          <p>
            Haven will use <strong>{outcome.email}</strong> for your account.
          </p>
        </Alert>
      ) : (
        <Alert tone="error" title="We could not confirm your address">
          <p>{outcome.error}</p>
          {viewer ? <p>You can ask for a new link from your profile.</p> : null}
        </Alert>
      )}
      <p>{viewer ? <Link to="/profile">Go to your profile</Link> : <Link to="/sign-in">Sign in</Link>}</p>
    </Page>
  );
}
