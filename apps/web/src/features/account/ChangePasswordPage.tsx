import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { renewPushSubscription, storeTokens } from '../../lib';
import { Alert, Button, Page, TextField } from '../../ui';
import { validatePassword } from '../auth';
import { ChangePasswordDocument } from './account.documents';
import { useFieldForm } from './useFieldForm';

export function ChangePasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const client = useApolloClient();
  const form = useFieldForm(
    { current: 'password-current', next: 'password-new' },
    { currentPassword: 'current', newPassword: 'next' },
    { current: current === '' ? 'Enter your current password.' : null, next: validatePassword(next) },
    { current, next },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      const { data } = await changePassword({ variables: { currentPassword: current, newPassword: next } });
      // This device keeps going on the fresh session; every other one was signed out.
      if (data) {
        storeTokens(data.changePassword);
        // Its push subscription ended with the old session: it carries on under the new one.
        void renewPushSubscription(client);
      }
      setDone(true);
      setCurrent('');
      setNext('');
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <Page title="Change your password" narrow>
      {done ? (
        <Alert tone="success">Your password is changed. Every other device has been signed out.</Alert>
      ) : null}
      {form.formError ? (
        <Alert tone="error" title="Your password was not changed">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="password-current"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={form.errors.current}
        />
        <TextField
          id="password-new"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters. A few unrelated words make a strong password."
          required
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={form.errors.next}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading} busyLabel="Saving…">
            Change password
          </Button>
        </div>
      </form>
      <p>
        <Link to="/profile">Back to your profile</Link>
      </p>
    </Page>
  );
}
