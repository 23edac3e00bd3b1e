import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { ChatRoomDto } from '@haven/shared/contracts';
import { errorMessage, formatLocalMoment, useSession } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page } from '../../ui';
import { useBlockedMembers } from '../blocking';
import { ChatRoomDocument } from './chat.documents';
import type { ChatEntry } from './chat-entries';
import type { Connection } from './chat-room.reducer';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';
import { ModeratorControls } from './ModeratorControls';
import { PinnedSupport } from './PinnedSupport';
import { RoomRules } from './RoomRules';
import { useChatRoom } from './useChatRoom';
import './chat.css';

/** A live room, found by its address (/rooms/:slug). */
export function RoomPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ChatRoomDocument, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const room = data?.chatRoom;

  if (room) return <LiveRoom key={room.id} initialRoom={room} />;
  if (loading) return <Loading label="Opening the room…" />;
  if (error) {
    return (
      <Page title="Support rooms">
        <ErrorState
          title="We could not open this room"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      </Page>
    );
  }
  return (
    <Page title="Room not found">
      <EmptyState title="There is no room at this address" action={<Link to="/rooms">See all rooms</Link>} />
    </Page>
  );
}

const CONNECTION_TEXT: Record<Connection, string> = {
  connecting: 'Connecting…',
  online: 'Connected',
  reconnecting: 'Reconnecting… Messages you send now will go out as soon as the connection is back.',
  refused: 'Not connected',
};

function typingText(handles: string[]): string {
  if (handles.length === 0) return '';
  if (handles.length === 1) return `${handles[0]} is typing…`;
  if (handles.length === 2) return `${handles[0]} and ${handles[1]} are typing…`;
  return 'Several people are typing…';
}

function LiveRoom({ initialRoom }: { initialRoom: ChatRoomDto }) {
  const { viewer } = useSession();
  const user = viewer?.user;
  const self = useMemo<ChatEntry['author']>(
    () => ({ id: user?.id ?? '', handle: user?.handle ?? '', role: user?.role ?? 'MEMBER' }),
    [user?.id, user?.handle, user?.role],
  );
  const moderator = self.role === 'MODERATOR' || self.role === 'ADMIN';
  const chat = useChatRoom(initialRoom, self);
  const blocks = useBlockedMembers();
  const [blockError, setBlockError] = useState<string | null>(null);
  const { room, connection, refusal, entries, olderCursor, typing, crisis, crisisOpen, mute } = chat.state;
  const muteEnds = mute ? formatLocalMoment(mute.until) : null;
  const [olderError, setOlderError] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const log = useRef<HTMLDivElement>(null);
  const keepOffset = useRef<number | null>(null);
  const lastKey = useRef<string | null>(null);

  // New messages at the bottom scroll into view when the reader is already near it (or sent them);
  // older ones loaded at the top keep the reader's place.
  useLayoutEffect(() => {
    const element = log.current;
    if (!element) return;
    if (keepOffset.current !== null) {
      element.scrollTop = element.scrollHeight - keepOffset.current;
      keepOffset.current = null;
      return;
    }
    const last = entries[entries.length - 1];
    if (!last || last.key === lastKey.current) return;
    const nearBottom = element.scrollHeight - element.scrollTop - element.clientHeight < 160;
    if (nearBottom || lastKey.current === null || last.author.id === self.id)
      element.scrollTop = element.scrollHeight;
    lastKey.current = last.key;
  }, [entries, self.id]);

  async function loadOlder() {
    setOlderError(null);
    setLoadingOlder(true);
    keepOffset.current = log.current ? log.current.scrollHeight - log.current.scrollTop : null;
    try {
      await chat.loadOlder();
    } catch (error) {
      keepOffset.current = null;
      setOlderError(error instanceof Error ? error.message : String(error));
    } finally {
      setLoadingOlder(false);
    }
  }

  const typists = Object.entries(typing)
    .filter(([id]) => id !== self.id)
    .map(([, t]) => t.handle);
  const disabledReason =
    connection === 'refused'
      ? (refusal ?? 'You are not connected to this room.')
      : muteEnds
        ? `You are muted in this room until ${muteEnds}. You can still read along.`
        : room.locked && !moderator
          ? 'The moderators have paused this room for now. You can still read along.'
          : null;

  return (
    <Page title={room.name} intro={<p>{room.description}</p>}>
      <div className="chat-status-bar">
        <p className={`chat-connection chat-connection--${connection}`} role="status">
          {CONNECTION_TEXT[connection]}
        </p>
        <p className="chat-online">
          <span className="chat-online__dot" aria-hidden="true" />
          {room.onlineCount === 1 ? '1 member here now' : `${room.onlineCount} members here now`}
        </p>
        {room.locked ? <p className="chat-badge">Paused by moderators</p> : null}
        {room.slowModeSeconds > 0 ? (
          <p className="chat-badge">Slow mode: one message every {room.slowModeSeconds} seconds</p>
        ) : null}
      </div>
      {connection === 'refused' && refusal ? (
        <Alert tone="error" title="You are not connected to this room">
          <p>{refusal}</p>
        </Alert>
      ) : null}
      {mute && muteEnds ? (
        <Alert tone="info" title="A moderator has muted you in this room" className="chat-mute-notice">
          <p>{mute.reason}</p>
          <p>
            You can send messages again at <time dateTime={mute.until}>{muteEnds}</time>. This is also in your{' '}
            <Link to="/notices">notices</Link>.
          </p>
        </Alert>
      ) : null}
      {room.private ? <PinnedSupport /> : <RoomRules roomId={room.id} />}
      {moderator ? <ModeratorControls room={room} onChange={chat.applyRoom} /> : null}
      <section className="chat-conversation" aria-labelledby="chat-conversation-title">
        <h2 id="chat-conversation-title" className="visually-hidden">
          Conversation
        </h2>
        <div
          className="chat-log"
          ref={log}
          role="log"
          aria-label={`Messages in ${room.name}`}
          tabIndex={0}
          onScroll={(event) => {
            // Scrolling up to the top brings the older messages (the button does the same from the keyboard).
            if (event.currentTarget.scrollTop < 40 && olderCursor && !loadingOlder && !olderError)
              void loadOlder();
          }}
        >
          {olderCursor ? (
            <div className="chat-log__older">
              <Button
                variant="secondary"
                busy={loadingOlder}
                busyLabel="Loading older messages…"
                onClick={() => void loadOlder()}
              >
                Load older messages
              </Button>
              {olderError ? <p className="field__error">{olderError}</p> : null}
            </div>
          ) : entries.length > 0 ? (
            <p className="chat-log__start">This is the start of the conversation.</p>
          ) : null}
          {entries.length === 0 && connection === 'online' ? (
            <p className="chat-log__empty">It is quiet here. Say hello — someone may be reading along.</p>
          ) : null}
          <ol className="chat-log__list">
            {entries.map((entry) => (
              <MessageItem
                key={entry.key}
                entry={entry}
                roomId={room.id}
                own={entry.author.id === self.id}
                canModerate={moderator}
                onRetry={chat.retry}
                onDiscard={chat.discard}
                crisisResources={entry.id ? crisis[entry.id] : undefined}
                crisisShown={entry.id !== null && crisisOpen === entry.id}
                blocked={blocks.isBlocked(entry.author.id, entry.authorBlocked)}
                onBlockAuthor={() => {
                  setBlockError(null);
                  blocks.block(entry.author.id).catch((error: unknown) => setBlockError(errorMessage(error)));
                }}
                onShowCrisis={(shown) => {
                  chat.showCrisis(shown ? entry.id : null);
                  if (!shown) document.getElementById('chat-message')?.focus();
                }}
              />
            ))}
          </ol>
        </div>
        {blockError ? (
          <p className="field__error" role="alert">
            {blockError}
          </p>
        ) : null}
        <p className="chat-typing" aria-live="polite">
          {typingText(typists)}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {crisisOpen ? 'Support lines you can call or text now are shown under your message.' : ''}
        </p>
      </section>
      <Composer disabledReason={disabledReason} onSend={chat.send} onTyping={chat.typing} />
    </Page>
  );
}
