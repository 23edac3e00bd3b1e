import { useState } from 'react';
import { errorMessage } from '../../lib';
import { Button } from '../../ui';
import { useBlockedMembers } from './useBlockedMembers';

/** Block or unblock one member. They are never told either way. */
export function BlockButton({
  user,
  variant = 'secondary',
}: {
  user: { id: string; handle: string };
  variant?: 'secondary' | 'quiet';
}) {
  const blocks = useBlockedMembers();
  const [problem, setProblem] = useState<string | null>(null);
  const blocked = blocks.members.some((m) => m.id === user.id);
  async function toggle() {
    setProblem(null);
    try {
      if (blocked) await blocks.unblock(user.id);
      else await blocks.block(user.id);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }
  return (
    <span className="block-button">
      <Button variant={variant} busy={blocks.busy} busyLabel="Saving…" onClick={() => void toggle()}>
        {blocked ? `Unblock @${user.handle}` : `Block @${user.handle}`}
      </Button>
      {problem ? (
        <span className="field__error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
