import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '@haven/shared/contracts';
import { Button, TextArea } from '../../ui';

export interface ComposerProps {
  disabledReason: string | null;
  onSend(body: string): void;
  onTyping(): void;
}

/** Writes a message: Enter sends, Shift+Enter starts a new line. */
export function Composer({ disabledReason, onSend, onTyping }: ComposerProps) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = body.trim();
    if (text.length === 0) return;
    if (text.length > LIMITS.chat.bodyMax) {
      setError(`Keep a message to ${LIMITS.chat.bodyMax} characters or fewer.`);
      return;
    }
    setError(null);
    onSend(text);
    setBody('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form className="chat-composer" onSubmit={submit} noValidate>
      <TextArea
        id="chat-message"
        label="Your message"
        hint={disabledReason ?? 'Enter sends; Shift+Enter starts a new line.'}
        rows={2}
        required
        countLimit={LIMITS.chat.bodyMax}
        value={body}
        error={error}
        disabled={disabledReason !== null}
        onChange={(event) => {
          setBody(event.target.value);
          if (event.target.value.trim() !== '') onTyping();
        }}
        onKeyDown={onKeyDown}
      />
      <div className="chat-composer__actions">
        <Button type="submit" disabled={disabledReason !== null || body.trim() === ''}>
          Send
        </Button>
      </div>
    </form>
  );
}
