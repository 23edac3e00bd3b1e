import { useEffect } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { HandleSuggestionsDocument } from './notifications.documents';

const TRAILING_MENTION = /(^|\s)@([A-Za-z0-9_-]{1,24})$/;

/**
 * Offers handles while the text ends with `@prefix`; choosing one completes the mention. The server
 * limits the prefix and rate-limits the look-ups.
 */
export function MentionSuggestions({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const match = TRAILING_MENTION.exec(value);
  const prefix = match?.[2] ?? null;
  const [lookUp, { data }] = useLazyQuery(HandleSuggestionsDocument, { fetchPolicy: 'cache-first' });

  useEffect(() => {
    if (!prefix) return;
    const timer = setTimeout(() => void lookUp({ variables: { prefix } }).catch(() => undefined), 250);
    return () => clearTimeout(timer);
  }, [prefix, lookUp]);

  const suggestions = prefix ? (data?.handleSuggestions ?? []) : [];
  if (!prefix || suggestions.length === 0) return null;
  return (
    <div className="mention-suggestions" role="group" aria-label="Mention a member">
      {suggestions.map((user) => (
        <button
          key={user.id}
          type="button"
          className="mention-suggestions__item"
          onClick={() => onChange(`${value.slice(0, value.length - prefix.length)}${user.handle} `)}
        >
          @{user.handle}
        </button>
      ))}
    </div>
  );
}
