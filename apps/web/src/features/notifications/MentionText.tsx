import { Link } from 'react-router';
import { splitMentions } from '@haven/shared/contracts';

/** Plain text with each `@handle` linked to that member's profile. */
export function MentionText({ text }: { text: string }) {
  return (
    <>
      {splitMentions(text).map((part, index) =>
        part.handle ? (
          <Link key={index} to={`/u/${encodeURIComponent(part.handle)}`} className="mention">
            {part.text}
          </Link>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
