import { useState, type ReactNode } from 'react';
import { Button } from '../../ui';
import './blocking.css';

/**
 * Content by a member the viewer blocked, collapsed: "Hidden: you blocked this member" and a button
 * that shows it this once (it folds again the next time it is shown).
 */
export function BlockedCollapse({
  blocked,
  className,
  children,
}: {
  blocked: boolean;
  className?: string;
  children: ReactNode;
}) {
  const [revealed, setRevealed] = useState(false);
  if (!blocked || revealed) return <>{children}</>;
  return (
    <div className={['blocked-collapse', className].filter(Boolean).join(' ')}>
      <p className="blocked-collapse__text">Hidden: you blocked this member</p>
      <Button variant="quiet" onClick={() => setRevealed(true)}>
        Show this once
      </Button>
    </div>
  );
}
