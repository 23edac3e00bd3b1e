import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'info' | 'success' | 'warning';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Extra controls (e.g. a dismiss button). */
  actions?: ReactNode;
  className?: string;
}

/**
 * A message box. Errors and warnings are announced at once (role="alert"); information and
 * success politely (role="status").
 */
export function Alert({ tone = 'info', title, children, actions, className }: AlertProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div
      className={['alert', `alert--${tone}`, className].filter(Boolean).join(' ')}
      role={urgent ? 'alert' : 'status'}
    >
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children}
      </div>
      {actions ? <div className="alert__actions">{actions}</div> : null}
    </div>
  );
}
