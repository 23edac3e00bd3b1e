import { useId, useState, type ReactNode } from 'react';
import type { ContentWarning } from '../../gql/graphql';
import { useSession } from '../../lib';
import { Button } from '../../ui';
import { CONTENT_WARNING_LABELS } from './labels';

export function warningList(warnings: readonly ContentWarning[]): string {
  return warnings.map((w) => CONTENT_WARNING_LABELS[w]).join(', ');
}

/**
 * Keeps content with warnings folded (blurred, hidden from assistive technology) until the reader
 * chooses to show it, unless they asked in their profile to always see it.
 */
export function ContentWarningGate({
  warnings,
  what = 'post',
  children,
}: {
  warnings: readonly ContentWarning[];
  what?: string;
  children: ReactNode;
}) {
  const { viewer } = useSession();
  const [revealed, setRevealed] = useState(false);
  const contentId = useId();
  if (warnings.length === 0) return <>{children}</>;
  const open = revealed || (viewer?.revealContentWarnings ?? false);
  return (
    <div className="f-gate">
      <div className="f-gate__notice" role="note">
        <p className="f-gate__title">
          <span aria-hidden="true">⚠️ </span>Content warning: {warningList(warnings)}
        </p>
        {open ? null : (
          <p className="f-gate__hint">
            This {what} is folded. You can read it when you feel ready, or leave it for another time.
          </p>
        )}
        {viewer?.revealContentWarnings ? null : (
          <Button
            variant="secondary"
            aria-expanded={open}
            aria-controls={contentId}
            onClick={() => setRevealed(!open)}
          >
            {open ? `Fold the ${what} again` : `Show the ${what}`}
          </Button>
        )}
      </div>
      <div
        id={contentId}
        className={open ? 'f-gate__content' : 'f-gate__content f-gate__content--folded'}
        aria-hidden={!open}
        inert={!open}
      >
        {children}
      </div>
    </div>
  );
}
