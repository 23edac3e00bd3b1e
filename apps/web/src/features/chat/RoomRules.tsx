import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { rememberRulesSeen, rulesSeenBefore } from './room-rules-memory';

/**
 * The rules of every live room, above the conversation: open on a member's first visit to the room,
 * folded away on later visits (the summary opens them again), so the conversation comes first.
 */
export function RoomRules({ roomId }: { roomId: string }) {
  const [open] = useState(() => !rulesSeenBefore(window.localStorage, roomId));
  useEffect(() => rememberRulesSeen(window.localStorage, roomId, new Date()), [roomId]);
  return (
    <details className="chat-rules" open={open}>
      <summary className="chat-rules__title">
        <h2 className="chat-rules__heading">Room rules</h2>
      </summary>
      <ul className="prose-list">
        <li>Be kind. Everyone here is finding their way; listen before you advise.</li>
        <li>
          Share your own experience, not medical advice. Dosing and treatment decisions belong with your
          clinician.
        </li>
        <li>
          No buying, selling or sourcing of ketamine or any other drug. Such messages are held for the
          moderators.
        </li>
        <li>Keep private details private: yours and other people’s.</li>
        <li>
          If you are thinking about ending your life, please reach out now: the{' '}
          <Link to="/help">crisis lines</Link> are free and open all hours.
        </li>
        <li>Moderators may remove messages, mute members, pause a room or slow it down.</li>
      </ul>
    </details>
  );
}
