import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import type { AccountContentChoice } from '../../gql/graphql';
import { errorMessage, useFieldErrors, useSession } from '../../lib';
import { Alert, Button, Checkbox, Page, TextField } from '../../ui';
import { DeleteAccountDocument } from './profile.documents';

const CONTENT_CHOICES: { value: AccountContentChoice; label: string; hint: string }[] = [
  {
    value: 'KEEP_UNLINKED',
    label: 'Keep my posts, unlinked',
    hint: 'Conversations still make sense for others. Each post and comment is shown under its own made-up name, so none can be linked to another or to you.',
  },
  {
    value: 'ERASE',
    label: 'Erase my posts and comments',
    hint: 'Their words are removed for good; replies by others stay under “[deleted]”.',
  },
];

export function DeleteAccountPage() {
  const navigate = useNavigate();
  const { forget } = useSession();
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [content, setContent] = useState<AccountContentChoice>('KEEP_UNLINKED');
  const checks = {
    password: password === '' ? 'Enter your password to confirm.' : null,
    understood: !understood ? 'Tick the box to confirm you understand.' : null,
  };
  const { errors, showChecks } = useFieldErrors(checks);
  const [deleteAccount, { loading, error }] = useMutation(DeleteAccountDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!showChecks(checks)) {
      document.getElementById(checks.password ? 'delete-password' : 'delete-understood')?.focus();
      return;
    }
    try {
      const { data } = await deleteAccount({ variables: { password, content } });
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
          <li>keeps or erases what you posted in the forum, as you choose below.</li>
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
        <fieldset className="delete-choice">
          <legend>Your posts and comments</legend>
          {CONTENT_CHOICES.map((choice) => (
            <label className="delete-choice__option" key={choice.value}>
              <input
                type="radio"
                name="delete-content"
                value={choice.value}
                checked={content === choice.value}
                onChange={() => setContent(choice.value)}
              />
              <span>
                <span className="delete-choice__label">{choice.label}</span>
                <span className="field__hint">{choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextField
          id="delete-password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <Checkbox
          id="delete-understood"
          label="I understand that deleting my account cannot be undone."
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
          error={errors.understood}
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
