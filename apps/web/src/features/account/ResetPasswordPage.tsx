import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Page, TextField } from '../../ui';
import { validatePassword } from '../auth';
import { ResetPasswordDocument } from './account.documents';
import { useFieldForm } from './useFieldForm';

const PASSWORD_HINT = 'At least 10 characters. A few unrelated words make a strong password.';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);
  const form = useFieldForm(
    { password: 'reset-password', confirm: 'reset-confirm' },
    { newPassword: 'password' },
    {
      password: validatePassword(password),
      confirm: confirm !== password ? 'The two passwords are not the same.' : null,
    },
    { password, confirm },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await resetPassword({ variables: { token, newPassword: password } });
      navigate('/sign-in', {
        replace: true,
        state: {
          notice: 'Your password is changed and every device was signed out. Sign in with the new one.',
        },
      });
    } catch (error) {
      form.fail(error);
    }
  }

  if (!token) {
    return (
      <Page title="Choose a new password" narrow>
        <Alert tone="error" title="This link is not complete">
          <p>
            Open the link from the e-mail again, or <Link to="/forgot-password">ask for a new one</Link>.
          </p>
        </Alert>
      </Page>
    );
  }

  return (
    <Page title="Choose a new password" narrow>
      {form.formError ? (
        <Alert tone="error" title="Your password was not changed">
          <p>{form.formError}</p>
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="reset-password"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errors.password}
        />
        <TextField
          id="reset-confirm"
          label="New password again"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={form.errors.confirm}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading} busyLabel="Saving…">
            Set my new password
          </Button>
        </div>
      </form>
    </Page>
  );
}
