import { useRef, useState } from 'react';
import { errorMessage } from '../../lib';
import { Button, buttonClass } from '../../ui';

/** A destructive action that asks once more, inline (keyboard friendly, no browser dialog). */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm();
      setAsking(false);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <button ref={opener} type="button" className={buttonClass('quiet')} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="f-confirm" role="group" aria-label={question}>
      <p className="f-confirm__question">{question}</p>
      <Button variant="danger" busy={busy} busyLabel="Deleting…" onClick={() => void confirm()} autoFocus>
        {confirmLabel}
      </Button>
      <Button
        variant="quiet"
        onClick={() => {
          setAsking(false);
          setTimeout(() => opener.current?.focus(), 0);
        }}
      >
        Cancel
      </Button>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
