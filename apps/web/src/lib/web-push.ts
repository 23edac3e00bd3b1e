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

/**
 * Asks this browser for push notifications and registers its subscription (made by Haven's service
 * worker) with the server. Throws a message for the member when it cannot.
 */
export async function subscribeToPush(client: ApolloClient): Promise<void> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    throw new Error('This browser cannot show push notifications.');
  }
  const { data } = await client.query({ query: PushPublicKeyDocument, fetchPolicy: 'network-only' });
  const key = data?.pushPublicKey;
  if (!key) throw new Error('Push notifications are not set up on this Haven server.');
  if ((await Notification.requestPermission()) !== 'granted') {
    throw new Error('Notifications are blocked for Haven in this browser. Allow them in its settings first.');
  }
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: applicationServerKey(key),
    }));
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) {
    throw new Error('This browser gave an incomplete push subscription.');
  }
  await client.mutate({
    mutation: RegisterPushSubscriptionDocument,
    variables: { input: { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth } },
  });
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
