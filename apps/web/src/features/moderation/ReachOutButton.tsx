import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Button } from '../../ui';
import { ReachOutDocument } from './moderation.documents';

/** Opens a private support room with the member (the crisis lines pinned in it) and goes there. */
export function ReachOutButton({ member }: { member: { id: string; handle: string } }) {
  const navigate = useNavigate();
  const [reachOut, { loading, error }] = useMutation(ReachOutDocument);
  async function open() {
    const { data } = await reachOut({ variables: { userId: member.id } });
    if (data) void navigate(`/rooms/${data.reachOut.slug}`);
  }
  return (
    <div className="case-reach-out">
      <Button busy={loading} busyLabel="Opening the room…" onClick={() => void open().catch(() => undefined)}>
        Reach out
      </Button>
      <p className="field__hint">
        Opens a private support room between you and {member.handle}, with the crisis lines pinned; they are
        notified.
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {errorMessage(error)}
        </p>
      ) : null}
    </div>
  );
}
