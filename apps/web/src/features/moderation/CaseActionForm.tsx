import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { ContentKind, ModerationAction } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { Alert, Button, TextArea, TextField } from '../../ui';
import { ACTION_OPTIONS, actionLabel } from './labels';
import { ResolveCaseDocument } from './moderation.documents';
import { SavedReplyPicker } from './SavedReplyPicker';

const { suspendDaysMin, suspendDaysMax, noteMax } = LIMITS.moderation;

/** Resolves a case with one action and a note (an APPEAL case: uphold or reverse). */
export function CaseActionForm({
  caseId,
  contentKind,
  hasAuthor,
  isAppeal = false,
  onResolved,
}: {
  caseId: string;
  contentKind: ContentKind;
  hasAuthor: boolean;
  isAppeal?: boolean;
  onResolved: (action: ModerationAction) => void;
}) {
  const available = ACTION_OPTIONS.filter((o) =>
    isAppeal
      ? o.forAppeal
      : !o.forAppeal &&
        (contentKind !== 'USER' || !o.forContent) &&
        (hasAuthor || !['WARN_USER', 'SUSPEND_USER', 'BAN_USER'].includes(o.value)),
  );
  const [action, setAction] = useState<ModerationAction | null>(null);
  const [note, setNote] = useState('');
  const [days, setDays] = useState('7');
  const [problem, setProblem] = useState<string | null>(null);
  const [resolve, { loading }] = useMutation(ResolveCaseDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const suspendDays = Number(days);
    if (!action) return setProblem('Choose an action.');
    if (note.length > noteMax) return setProblem(`Keep the note to ${noteMax} characters or fewer.`);
    if (
      action === 'SUSPEND_USER' &&
      (!Number.isInteger(suspendDays) || suspendDays < suspendDaysMin || suspendDays > suspendDaysMax)
    ) {
      return setProblem(`A suspension lasts ${suspendDaysMin} to ${suspendDaysMax} days.`);
    }
    setProblem(null);
    try {
      await resolve({
        variables: {
          id: caseId,
          input: {
            action,
            note: note.trim() === '' ? null : note.trim(),
            suspendDays: action === 'SUSPEND_USER' ? suspendDays : null,
          },
        },
      });
      onResolved(action);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <form className="form case-action-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="action-choices">
        <legend>Resolve with</legend>
        {available.map((option) => (
          <label key={option.value} className="report-reason">
            <input
              type="radio"
              name="case-action"
              value={option.value}
              checked={action === option.value}
              onChange={() => setAction(option.value)}
            />
            <span>
              <span className="report-reason__label">{option.label}</span>
              <span className="report-reason__hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {action === 'SUSPEND_USER' ? (
        <TextField
          label="Suspend for how many days?"
          type="number"
          inputMode="numeric"
          min={suspendDaysMin}
          max={suspendDaysMax}
          required
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
      ) : null}
      <SavedReplyPicker onInsert={(body) => setNote((now) => (now.trim() ? `${now}\n\n${body}` : body))} />
      <TextArea
        id={`case-note-${caseId}`}
        label="Note"
        hint="Kept in the log. For actions on their content or account, the member sees it too."
        rows={3}
        countLimit={noteMax}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {problem ? (
        <Alert tone="error" title="The case was not resolved">
          <p>{problem}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button
          type="submit"
          variant={action === 'BAN_USER' ? 'danger' : 'primary'}
          busy={loading}
          busyLabel="Applying…"
        >
          {action ? `${actionLabel(action)} and resolve` : 'Resolve'}
        </Button>
      </div>
    </form>
  );
}
