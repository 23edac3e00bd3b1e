import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { errorMessage, useFieldErrors, useRouteNotice, useSession } from '../../lib';
import { Alert, Button, Page, TextField } from '../../ui';
import { useAuthRedirect } from './useAuthRedirect';
import { validateEmail } from './validation';

export function SignInPage() {
  const { signIn, viewer } = useSession();
  const navigate = useNavigate();
  const redirectTo = useAuthRedirect();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const checks = { email: validateEmail(email), password: password === '' ? 'Enter your password.' : null };
  const { errors, showChecks } = useFieldErrors(checks);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = useRouteNotice();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    flushSync(() => setServerError(null));
    if (!showChecks(checks)) {
      document.getElementById(checks.email ? 'signin-email' : 'signin-password')?.focus();
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
