import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Page, TextField } from '../../ui';
import { validateEmail } from '../auth';
import { RequestPasswordResetDocument } from './account.documents';
import { useFieldForm } from './useFieldForm';

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const form = useFieldForm(
    { email: 'forgot-email' },
    { email: 'email' },
    { email: validateEmail(email) },
    { email },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      form.fail(error);
    }
  }

  if (sentTo) {
    return (
      <Page title="Check your e-mail" narrow>
        <Alert tone="success">
          <p>
            If an account uses <strong>{sentTo}</strong>, we have sent it a link to choose a new password. The
            link works once, for 30 minutes.
          </p>
        </Alert>
        <p>
          Nothing arrived? Look in your spam folder, or{' '}
          <Link to="/forgot-password" onClick={() => setSentTo(null)}>
            try again
          </Link>
          .
        </p>
        <p>
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Forgot your password?"
      narrow
      intro={
        <p>Enter the e-mail address of your account and we will send you a link to choose a new password.</p>
      }
    >
      {form.formError ? (
        <Alert tone="error" title="We could not send the link">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="forgot-email"
          label="E-mail address"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.errors.email}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading} busyLabel="Sending…">
            Send me a link
          </Button>
        </div>
      </form>
      <p>
        Remembered it? <Link to="/sign-in">Sign in</Link>.
      </p>
    </Page>
  );
}
