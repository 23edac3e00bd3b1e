import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { NotificationDelivery, NotificationKind } from '../../gql/graphql';
import { PushSetupError, errorMessage, subscribeToPush } from '../../lib';
import { Alert } from '../../ui';
import {
  NotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
} from './notifications.documents';

const KIND_LABELS: Record<string, string> = {
  REPLY_TO_POST: 'Replies to my posts and threads I follow',
  REPLY_TO_COMMENT: 'Replies to my comments',
  MENTION: 'Mentions of me',
  REACTION: 'Reactions to what I share',
  TESTIMONIAL_PUBLISHED: 'My testimonial was published',
  MODERATION_OUTCOME: 'Moderation outcomes',
  FOLLOW_UP_DUE: 'Follow-ups due',
  URGENT_ESCALATION: 'Urgent escalations (moderators)',
  NEW_POST_IN_CATEGORY: 'New posts in categories I watch',
};

const DELIVERY_LABELS: Record<string, string> = {
  IN_APP: 'In the app',
  EMAIL_NOW: 'E-mail at once',
  EMAIL_DIGEST: 'Daily e-mail digest',
  PUSH: 'In the app and as a push notification',
  OFF: 'Off',
};

/** One choice per kind of notification. */
export function NotificationPreferencesPanel() {
  const { data } = useQuery(NotificationPreferencesDocument);
  const [save, saving] = useMutation(SetNotificationPreferenceDocument, {
    refetchQueries: [NotificationPreferencesDocument],
  });
  const client = useApolloClient();
  const [pushError, setPushError] = useState<string | null>(null);
  const preferences = data?.notificationPreferences ?? [];

  async function choose(kind: NotificationKind, delivery: NotificationDelivery) {
    setPushError(null);
    if (delivery === 'PUSH') {
      try {
        // Push needs this device's permission and subscription first.
        await subscribeToPush(client);
      } catch (error) {
        setPushError(error instanceof PushSetupError ? error.message : errorMessage(error));
        return;
      }
    }
    await save({ variables: { kind, delivery } });
  }
  if (preferences.length === 0) return null;
  return (
    <section className="notification-preferences" aria-labelledby="notification-preferences-title">
      <h2 id="notification-preferences-title">How you are told</h2>
      <p>E-mails never quote what anyone wrote; they only say that something happened.</p>
      {saving.error ? <Alert tone="error">{errorMessage(saving.error)}</Alert> : null}
      {pushError ? <Alert tone="error">{pushError}</Alert> : null}
      <ul>
        {preferences.map((p) => (
          <li key={p.kind}>
            <label>
              {KIND_LABELS[p.kind] ?? p.kind}{' '}
              <select
                value={p.delivery}
                onChange={(event) =>
                  void choose(p.kind as NotificationKind, event.target.value as NotificationDelivery).catch(
                    () => undefined,
                  )
                }
              >
                {Object.entries(DELIVERY_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
