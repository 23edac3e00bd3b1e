import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { LIMITS } from '@haven/shared/contracts';
import { errorMessage, useFieldErrors, useSession } from '../../lib';
import { Alert, Button, Page, TextField } from '../../ui';
import { HANDLE_RULES, PASSWORD_RULES, validateEmail, validateHandle, validatePassword } from './validation';

type Field = 'email' | 'handle' | 'password';
const FIELD_IDS: Record<Field, string> = {
  email: 'signup-email',
  handle: 'signup-handle',
  password: 'signup-password',
};

export function SignUpPage() {
  const { signUp, viewer } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [handle, setHandle] = useState('');
  const [password, setPassword] = useState('');
  const checks: Record<Field, string | null> = {
    email: validateEmail(email),
    handle: validateHandle(handle.trim()),
    password: validatePassword(password),
  };
  const { errors, showChecks } = useFieldErrors(checks);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    flushSync(() => setServerError(null));
    if (!showChecks(checks)) {
      const first = (Object.keys(FIELD_IDS) as Field[]).find((key) => checks[key]);
      if (first) document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    setBusy(true);
    try {
      const member = await signUp({ email: email.trim(), handle: handle.trim(), password });
      navigate('/profile', {
        replace: true,
        state: {
          notice: `Welcome to Haven, ${member.user.handle}. If you like, tell others a little about yourself here.`,
        },
      });
    } catch (error) {
      setServerError(errorMessage(error));
      setBusy(false);
    }
  }

  if (viewer && !busy) {
    return (
      <Page title="Create an account" narrow>
        <p>
          You are signed in as <strong>{viewer.user.handle}</strong>.{' '}
          <Link to="/profile">Go to your profile</Link>.
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Create an account"
      narrow
      intro={
        <p>
          Join a community of people who understand. Reading is open to everyone; an account lets you post,
          share your story and join the support rooms.
        </p>
      }
    >
      {serverError ? (
        <Alert tone="error" title="We could not create your account">
          <p>{serverError}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={FIELD_IDS.email}
          label="E-mail address"
          hint="Only you and Haven's team see it. We never show it to other members."
          type="email"
          autoComplete="email"
          required
          maxLength={LIMITS.email.max}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
        />
        <TextField
          id={FIELD_IDS.handle}
          label="Handle"
          hint={HANDLE_RULES}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
          error={errors.handle}
        />
        <TextField
          id={FIELD_IDS.password}
          label="Password"
          hint={PASSWORD_RULES}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <div className="form__actions">
          <Button type="submit" busy={busy} busyLabel="Creating your account…">
            Create account
          </Button>
        </div>
      </form>
      <p>
        Already a member? <Link to="/sign-in">Sign in</Link>.
      </p>
    </Page>
  );
}
