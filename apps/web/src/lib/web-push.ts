import type { ApolloClient } from '@apollo/client';
import {
  PushPublicKeyDocument,
  RegisterPushSubscriptionDocument,
  UnregisterPushSubscriptionDocument,
} from './push.documents';

/** The server's VAPID key (URL-safe base64) as the bytes PushManager.subscribe takes. */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Why this browser cannot take push notifications, in words for the member. */
export class PushSetupError extends Error {
  override name = 'PushSetupError';
}

/**
 * Asks this browser for push notifications and registers its subscription (made by Haven's service
 * worker) with the server. Throws a message for the member when it cannot.
 */
export async function subscribeToPush(client: ApolloClient): Promise<void> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    throw new PushSetupError('This browser cannot show push notifications.');
  }
  const { data } = await client.query({ query: PushPublicKeyDocument, fetchPolicy: 'network-only' });
  const key = data?.pushPublicKey;
  if (!key) throw new PushSetupError('Push notifications are not set up on this Haven server.');
  if ((await Notification.requestPermission()) !== 'granted') {
    throw new PushSetupError(
      'Notifications are blocked for Haven in this browser. Allow them in its settings first.',
    );
  }
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager
      .subscribe({ userVisibleOnly: true, applicationServerKey: applicationServerKey(key) })
      .catch(() => {
        // The browser's push service refused or could not be reached.
        throw new PushSetupError('This browser could not set up push notifications. Please try again later.');
      }));
  if (!(await registerWithServer(client, subscription))) {
    throw new PushSetupError('This browser gave an incomplete push subscription.');
  }
}

/** Registers a subscription with the server under the current session; false when it is incomplete. */
async function registerWithServer(client: ApolloClient, subscription: PushSubscription): Promise<boolean> {
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) return false;
  await client.mutate({
    mutation: RegisterPushSubscriptionDocument,
    variables: { input: { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth } },
  });
  return true;
}

/**
 * After this device moved to a new session (a password change ends every session, this one included):
 * registers the subscription it already has again, now under the new session. Nothing when it has none.
 */
export async function renewPushSubscription(client: ApolloClient): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (subscription) await registerWithServer(client, subscription).catch(() => undefined);
}

/** On signing out: this device stops receiving the member's pushes (server first, while signed in). */
export async function unsubscribeFromPush(client: ApolloClient): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription) return;
  await client
    .mutate({ mutation: UnregisterPushSubscriptionDocument, variables: { endpoint: subscription.endpoint } })
    .catch(() => undefined);
  await subscription.unsubscribe();
}
