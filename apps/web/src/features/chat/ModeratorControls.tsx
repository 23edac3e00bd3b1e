import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ChatRoomDto } from '@haven/shared/contracts';
import { errorMessage } from '../../lib';
import { Alert, Button, Select, type SelectOption } from '../../ui';
import { MuteInRoomDocument, RemoveChatMessageDocument, UpdateChatRoomDocument } from './chat.documents';

const SLOW_MODE_OPTIONS: readonly SelectOption[] = [
  { value: '0', label: 'Off' },
  { value: '10', label: 'One message every 10 seconds' },
  { value: '30', label: 'One message every 30 seconds' },
  { value: '60', label: 'One message a minute' },
  { value: '300', label: 'One message every 5 minutes' },
];

const MUTES: readonly { minutes: number; label: string }[] = [
  { minutes: 10, label: '10 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 24 * 60, label: '1 day' },
];

/** Moderators: pause (lock) the room and set slow mode. */
export function ModeratorControls({
  room,
  onChange,
}: {
  room: ChatRoomDto;
  onChange(room: Partial<ChatRoomDto>): void;
}) {
  const [update, { loading, error }] = useMutation(UpdateChatRoomDocument);
  const options = SLOW_MODE_OPTIONS.some((o) => o.value === String(room.slowModeSeconds))
    ? SLOW_MODE_OPTIONS
    : [
        ...SLOW_MODE_OPTIONS,
        { value: String(room.slowModeSeconds), label: `Every ${room.slowModeSeconds} seconds` },
      ];

  async function apply(input: { locked?: boolean; slowModeSeconds?: number }) {
    try {
      const { data } = await update({ variables: { id: room.id, input } });
      if (data)
        onChange({
          locked: data.updateChatRoom.locked,
          slowModeSeconds: data.updateChatRoom.slowModeSeconds,
        });
    } catch {
      // Shown from the mutation's error below.
    }
  }

  return (
    <section className="chat-moderation" aria-labelledby="chat-moderation-title">
      <h2 id="chat-moderation-title" className="chat-moderation__title">
        Moderator controls
      </h2>
      {error ? (
        <Alert tone="error" title="The room was not changed">
          <p>{errorMessage(error)}</p>
        </Alert>
      ) : null}
      <div className="chat-moderation__row">
        <Button
          variant={room.locked ? 'primary' : 'secondary'}
          busy={loading}
          onClick={() => void apply({ locked: !room.locked })}
        >
          {room.locked ? 'Reopen the room' : 'Pause the room'}
        </Button>
        <Select
          id="chat-slow-mode"
          label="Slow mode"
          options={options}
          value={String(room.slowModeSeconds)}
          disabled={loading}
          onChange={(event) => void apply({ slowModeSeconds: Number(event.target.value) })}
        />
      </div>
    </section>
  );
}

export interface MessageModerationProps {
  roomId: string;
  messageId: string;
  author: { id: string; handle: string };
  canMute: boolean;
}

/** Moderators: remove one message or mute its author in this room. */
export function MessageModeration({ roomId, messageId, author, canMute }: MessageModerationProps) {
  const [remove, removal] = useMutation(RemoveChatMessageDocument);
  const [mute, muting] = useMutation(MuteInRoomDocument);
  const [done, setDone] = useState<string | null>(null);
  const error = removal.error ?? muting.error;

  return (
    <details className="chat-message__moderate">
      <summary>Moderate</summary>
      <div className="chat-message__moderate-actions">
        <Button
          variant="danger"
          busy={removal.loading}
          onClick={() => void remove({ variables: { id: messageId } }).catch(() => undefined)}
        >
          Remove message
        </Button>
        {(canMute ? MUTES : []).map(({ minutes, label }) => (
          <Button
            key={minutes}
            variant="secondary"
            disabled={muting.loading}
            onClick={() =>
              void mute({ variables: { roomId, userId: author.id, minutes } }).then(
                () => setDone(`${author.handle} is muted in this room for ${label}.`),
                () => undefined,
              )
            }
          >
            Mute {author.handle} for {label}
          </Button>
        ))}
      </div>
      {done ? <p role="status">{done}</p> : null}
      {error ? <p className="field__error">{errorMessage(error)}</p> : null}
    </details>
  );
}
