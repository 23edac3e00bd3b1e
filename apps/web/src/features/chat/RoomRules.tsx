import { Link } from 'react-router';

/** The rules of every live room, shown above the conversation. */
export function RoomRules() {
  return (
    <section className="chat-rules" aria-labelledby="chat-rules-title">
      <h2 id="chat-rules-title" className="chat-rules__title">
        Room rules
      </h2>
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
    </section>
  );
}
