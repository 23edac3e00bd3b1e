import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { errorMessage, useSession } from '../../lib';
import { Alert, Button, Checkbox, Page, TextField } from '../../ui';
import { DeleteAccountDocument } from './profile.documents';

export function DeleteAccountPage() {
  const navigate = useNavigate();
  const { forget } = useSession();
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState<{ field: 'password' | 'understood'; message: string } | null>(null);
  const [deleteAccount, { loading, error }] = useMutation(DeleteAccountDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found =
      password === ''
        ? ({ field: 'password', message: 'Enter your password to confirm.' } as const)
        : !understood
          ? ({ field: 'understood', message: 'Tick the box to confirm you understand.' } as const)
          : null;
    flushSync(() => setProblem(found));
    if (found) {
      document.getElementById(found.field === 'password' ? 'delete-password' : 'delete-understood')?.focus();
      return;
    }
    try {
      const { data } = await deleteAccount({ variables: { password } });
      if (!data?.deleteAccount) return;
      await forget();
      navigate('/', {
        replace: true,
        state: {
          notice: 'Your account has been deleted. Thank you for being part of Haven. Take good care.',
        },
      });
    } catch {
      // Shown from the mutation's error below.
    }
  }

  return (
    <Page title="Delete my account" narrow>
      <div className="prose">
        <p>Deleting your account:</p>
        <ul>
          <li>erases your e-mail address, handle, bio and other personal details;</li>
          <li>signs you out on every device;</li>
          <li>
            keeps what you posted, so conversations still make sense for others, but it is shown as from{' '}
            <em>a deleted member</em> and can no longer be linked to you.
          </li>
        </ul>
        <p>
          This cannot be undone. If you would like a copy of your data first,{' '}
          <Link to="/profile/export">export it</Link> before you continue.
        </p>
      </div>
      {error ? (
        <Alert tone="error" title="Your account was not deleted">
          <p>{errorMessage(error)}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="delete-password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={problem?.field === 'password' ? problem.message : null}
        />
        <Checkbox
          id="delete-understood"
          label="I understand that deleting my account cannot be undone."
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
          error={problem?.field === 'understood' ? problem.message : null}
        />
        <div className="form__actions">
          <Button type="submit" variant="danger" busy={loading} busyLabel="Deleting your account…">
            Delete my account
          </Button>
          <Link to="/profile">Keep my account</Link>
        </div>
      </form>
    </Page>
  );
}
