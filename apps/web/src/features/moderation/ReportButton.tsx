import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { ContentKind, ReportReason } from '../../gql/graphql';
import { errorCode, errorMessage, useSession } from '../../lib';
import { Alert, Button, TextArea } from '../../ui';
import { KIND_LABELS, REASON_OPTIONS } from './labels';
import { ReportContentDocument } from './moderation.documents';
import './moderation.css';

export interface ReportButtonProps {
  contentKind: ContentKind;
  contentId: string;
  /** The author: a member cannot report their own content, so the button is not shown to them. */
  authorId?: string | null;
  /** Shown on the button; "Report" by default. */
  label?: string;
}

type Outcome = { tone: 'success' | 'info' | 'error'; text: string } | null;

/**
 * "Report" for any post, comment, testimonial, chat message or member: a small form with the reasons,
 * an optional note, and a kind confirmation. Visitors are asked to sign in first.
 */
export function ReportButton({ contentKind, contentId, authorId, label = 'Report' }: ReportButtonProps) {
  const { viewer } = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [sendReport, { loading }] = useMutation(ReportContentDocument);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);

  // The confirmation replaces the form the member was in: focus moves to it, and it is scrolled into view.
  useEffect(() => {
    if (!outcome || open) return;
    const box = confirmation.current;
    box?.focus({ preventScroll: true });
    box?.scrollIntoView({ block: 'nearest' });
  }, [outcome, open]);
  const what = KIND_LABELS[contentKind].toLowerCase();

  if (!viewer) {
    return (
      <Link className="report-button report-button--link" to="/sign-in" state={{ from: location.pathname }}>
        Sign in to report
      </Link>
    );
  }
  if (authorId && authorId === viewer.user.id) return null;

  function close() {
    setOpen(false);
    setProblem(null);
    toggle.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason) {
      setProblem('Please choose what is wrong.');
      return;
    }
    if (note.length > LIMITS.report.noteMax) {
      setProblem(`Keep the note to ${LIMITS.report.noteMax} characters or fewer.`);
      return;
    }
    setProblem(null);
    try {
      await sendReport({
        variables: {
          input: { contentKind, contentId, reason, note: note.trim() === '' ? null : note.trim() },
        },
      });
      setOutcome({ tone: 'success', text: 'Thank you. A moderator will look at it soon.' });
      setOpen(false);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'CONFLICT') {
        setOutcome({
          tone: 'info',
          text: 'You have already reported this. A moderator will look at it soon.',
        });
        setOpen(false);
      } else {
        setProblem(errorMessage(error));
      }
    }
  }

  if (outcome && !open) {
    return (
      <div className="report-outcome" ref={confirmation} tabIndex={-1}>
        <Alert tone={outcome.tone}>
          <p>{outcome.text}</p>
          {reason === 'CRISIS_RISK' ? (
            <p>
              If someone is in immediate danger, call your local emergency number now.{' '}
              <Link to="/help">Crisis help</Link>
            </p>
          ) : null}
        </Alert>
      </div>
    );
  }

  return (
    <div className="report">
      <button
        ref={toggle}
        type="button"
        className="report-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label}
        <span className="visually-hidden"> this {what}</span>
      </button>
      <div id={panelId} hidden={!open} className="report-panel">
        {open ? (
          <form className="form" onSubmit={(e) => void submit(e)} noValidate>
            <fieldset className="report-reasons">
              <legend>What is wrong with this {what}?</legend>
              {REASON_OPTIONS.map((option) => (
                <label key={option.value} className="report-reason">
                  <input
                    type="radio"
                    name={`${panelId}-reason`}
                    value={option.value}
                    checked={reason === option.value}
                    onChange={() => setReason(option.value)}
                  />
                  <span>
                    <span className="report-reason__label">{option.label}</span>
                    <span className="report-reason__hint">{option.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <TextArea
              label="Anything the moderators should know?"
              rows={3}
              countLimit={LIMITS.report.noteMax}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            {problem ? (
              <Alert tone="error">
                <p>{problem}</p>
              </Alert>
            ) : null}
            <p className="report-privacy">Only moderators see who reported. The author is not told.</p>
            <div className="form__actions">
              <Button type="submit" busy={loading} busyLabel="Sending…">
                Send report
              </Button>
              <Button variant="quiet" onClick={close}>
                Cancel
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </div>
  );
}
