import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useSession } from '../../lib';
import { Alert, Button, Page, TextField } from '../../ui';
import { validateEmail } from '../auth';
import { RequestEmailChangeDocument } from './account.documents';
import { useFieldForm } from './useFieldForm';

export function ChangeEmailPage() {
  const { viewer } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestChange, { loading }] = useMutation(RequestEmailChangeDocument);
  const form = useFieldForm(
    { email: 'email-new', password: 'email-password' },
    { newEmail: 'email', password: 'password' },
    {
      email: validateEmail(email),
      password: password === '' ? 'Enter your password to confirm.' : null,
    },
    { email, password },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await requestChange({ variables: { newEmail: email.trim(), password } });
      setSentTo(email.trim());
      setPassword('');
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <Page
      title="Change your e-mail address"
      narrow
      intro={
        viewer ? (
          <p>
            Your account uses <strong>{viewer.email}</strong>. The new address takes effect once you open the
            link we send to it; we also let the current address know.
          </p>
        ) : null
      }
    >
      {sentTo ? (
        <Alert tone="success">
          <p>
            We sent a link to <strong>{sentTo}</strong>. Open it within 24 hours to start using that address.
          </p>
        </Alert>
      ) : null}
      {form.formError ? (
        <Alert tone="error" title="Your address was not changed">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="email-new"
          label="New e-mail address"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.errors.email}
        />
        <TextField
          id="email-password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errors.password}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading} busyLabel="Sending…">
            Send the confirmation link
          </Button>
        </div>
      </form>
      <p>
        <Link to="/profile">Back to your profile</Link>
      </p>
    </Page>
  );
}
