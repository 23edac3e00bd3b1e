import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { errorMessage, useRouteNotice, useSession } from '../../lib';
import { Alert, Button, Page, TextField } from '../../ui';
import { useAuthRedirect } from './useAuthRedirect';
import { collectErrors, validateEmail, type FieldErrors } from './validation';

type Field = 'email' | 'password';

export function SignInPage() {
  const { signIn, viewer } = useSession();
  const navigate = useNavigate();
  const redirectTo = useAuthRedirect();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = useRouteNotice();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = collectErrors<Field>({
      email: validateEmail(email),
      password: password === '' ? 'Enter your password.' : null,
    });
    flushSync(() => {
      setErrors(found ?? {});
      setServerError(null);
    });
    if (found) {
      document.getElementById(found.email ? 'signin-email' : 'signin-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      const member = await signIn({ email: email.trim(), password });
      navigate(redirectTo, { replace: true, state: { notice: `Welcome back, ${member.user.handle}.` } });
    } catch (error) {
      setServerError(errorMessage(error));
      setBusy(false);
    }
  }

  if (viewer && !busy) {
    return (
      <Page title="Sign in" narrow>
        <p>
          You are signed in as <strong>{viewer.user.handle}</strong>. <Link to="/">Go to the home page</Link>.
        </p>
      </Page>
    );
  }

  return (
    <Page title="Sign in" narrow intro={<p>Welcome back. It is good to see you.</p>}>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {serverError ? (
        <Alert tone="error" title="We could not sign you in">
          <p>{serverError}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="signin-email"
          label="E-mail address"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
        />
        <TextField
          id="signin-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <p>
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
        <div className="form__actions">
          <Button type="submit" busy={busy} busyLabel="Signing in…">
            Sign in
          </Button>
        </div>
      </form>
      <p>
        New to Haven? <Link to="/sign-up">Create an account</Link>.
      </p>
    </Page>
  );
}
