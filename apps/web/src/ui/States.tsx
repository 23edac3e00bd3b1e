import type { ReactNode } from 'react';
import { Button } from './Button';

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}

/** What to show when there is nothing (yet): a short, kind explanation and what to do next. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="state state--empty">
      <h2 className="state__title">{title}</h2>
      {children ? <div className="state__text">{children}</div> : null}
      {action ? <div className="state__action">{action}</div> : null}
    </section>
  );
}

export interface ErrorStateProps {
  title?: ReactNode;
  message: ReactNode;
  onRetry?: () => void;
}

/** A failed load, announced, with a way to try again. */
export function ErrorState({ title = 'Something went wrong', message, onRetry }: ErrorStateProps) {
  return (
    <section className="state state--error" role="alert">
      <h2 className="state__title">{title}</h2>
      <div className="state__text">{message}</div>
      {onRetry ? (
        <div className="state__action">
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        </div>
      ) : null}
    </section>
  );
}
