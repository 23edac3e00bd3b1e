import { ChatMessageStatus } from '@haven/shared/contracts';
import type { CrisisResourceDto } from '@haven/shared/contracts';
import { Button } from '../../ui';
import { BlockedCollapse } from '../blocking';
import { ReportButton } from '../moderation/ReportButton';
import { MentionText } from '../notifications';
import type { ChatEntry } from './chat-entries';
import { ChatCrisisPanel } from './ChatCrisisPanel';
import { MessageModeration } from './ModeratorControls';
import { formatClock } from '../../lib';

export interface MessageItemProps {
  entry: ChatEntry;
  roomId: string;
  own: boolean;
  canModerate: boolean;
  onRetry(clientMessageId: string): void;
  onDiscard(clientMessageId: string): void;
  /** Crisis lines the safety check of this (own) message brought, if any. */
  crisisResources?: readonly CrisisResourceDto[];
  crisisShown?: boolean;
  onShowCrisis?(shown: boolean): void;
  /** The viewer blocked the author: the message is collapsed, with a one-time reveal. */
  blocked?: boolean;
  /** Blocks the author (offered on other members' messages). */
  onBlockAuthor?(): void;
}

export function MessageItem({
  entry,
  roomId,
  own,
  canModerate,
  onRetry,
  onDiscard,
  crisisResources,
  crisisShown = false,
  onShowCrisis,
  blocked = false,
  onBlockAuthor,
}: MessageItemProps) {
  const removed = entry.status === ChatMessageStatus.REMOVED;
  const crisisMark = canModerate && entry.crisis === true && !removed;
  const classes = [
    'chat-message',
    crisisMark ? 'chat-message--crisis' : null,
    own ? 'chat-message--own' : null,
    removed ? 'chat-message--removed' : null,
  ];
  return (
    <li className={classes.filter(Boolean).join(' ')} data-delivery={entry.delivery}>
      <p className="chat-message__meta">
        <span className="chat-message__author">{entry.author.handle}</span>
        {entry.author.role !== 'MEMBER' ? (
          <span className="chat-badge">{entry.author.role === 'ADMIN' ? 'Admin' : 'Moderator'}</span>
        ) : null}
        <time dateTime={entry.createdAt}>{formatClock(entry.createdAt)}</time>
        {crisisMark ? (
          <span className="chat-badge chat-badge--crisis" title="Only moderators see this mark">
            Crisis language: check in with {entry.author.handle}
          </span>
        ) : null}
        {onBlockAuthor && !own && !blocked && entry.id ? (
          <Button
            variant="quiet"
            className="chat-message__block"
            aria-label={`Block ${entry.author.handle}`}
            onClick={onBlockAuthor}
          >
            Block
          </Button>
        ) : null}
      </p>
      {removed ? (
        <p className="chat-message__body chat-message__body--removed">
          This message was removed by a moderator.
        </p>
      ) : (
        <BlockedCollapse blocked={blocked && !own}>
          <p className="chat-message__body">
            <MentionText text={entry.body} />
          </p>
        </BlockedCollapse>
      )}
      {entry.id && !own && !removed ? (
        <div className="chat-message__report">
          <ReportButton contentKind="CHAT_MESSAGE" contentId={entry.id} authorId={entry.author.id} />
        </div>
      ) : null}
      {entry.heldForReview ? (
        <p className="chat-message__note">
          Held for a moderator to check. Only you (and the moderators) can see it for now.
        </p>
      ) : null}
      {entry.delivery === 'sending' ? <p className="chat-message__note">Sending…</p> : null}
      {entry.delivery === 'failed' && entry.clientMessageId ? (
        <div className="chat-message__failed" role="alert">
          <p className="field__error">Not sent: {entry.error}</p>
          {entry.final ? null : (
            <Button variant="secondary" onClick={() => onRetry(entry.clientMessageId ?? '')}>
              Try again
            </Button>
          )}
          <Button variant="quiet" onClick={() => onDiscard(entry.clientMessageId ?? '')}>
            Discard
          </Button>
        </div>
      ) : null}
      {crisisResources && onShowCrisis ? (
        crisisShown ? (
          <ChatCrisisPanel resources={crisisResources} onDismiss={() => onShowCrisis(false)} />
        ) : (
          <Button variant="quiet" className="chat-message__crisis-toggle" onClick={() => onShowCrisis(true)}>
            Show support lines
          </Button>
        )
      ) : null}
      {canModerate && entry.id && !removed ? (
        <MessageModeration
          roomId={roomId}
          messageId={entry.id}
          author={entry.author}
          canMute={!own && entry.author.role === 'MEMBER'}
        />
      ) : null}
    </li>
  );
}
