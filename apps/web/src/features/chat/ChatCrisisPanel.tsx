import { useId, useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { CrisisResourceDto } from '@haven/shared/contracts';
import { Button } from '../../ui';
import { CrisisResourceList, IMMEDIATE_DANGER } from '../crisis';

export interface ChatCrisisPanelProps {
  resources: readonly CrisisResourceDto[];
  onDismiss(): void;
}

/**
 * Crisis lines shown right under the sender's own message. It scrolls itself into view when it opens,
 * without moving focus away from the message box, and stays until dismissed.
 */
export function ChatCrisisPanel({ resources, onDismiss }: ChatCrisisPanelProps) {
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    panel.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, []);

  return (
    <section ref={panel} className="chat-crisis" aria-labelledby={titleId} data-chat-crisis>
      <h3 id={titleId} className="chat-crisis__title">
        You don’t have to carry this alone
      </h3>
      <p className="chat-crisis__text">
        That sounds really hard. These lines will listen, right now. <strong>{IMMEDIATE_DANGER}</strong>
      </p>
      <CrisisResourceList resources={resources} compact headingLevel={4} />
      <div className="chat-crisis__actions">
        <Link to="/help">All crisis lines</Link>
        <Button variant="quiet" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </section>
  );
}
