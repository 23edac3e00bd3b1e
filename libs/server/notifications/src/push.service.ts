import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import webPush from 'web-push';
import type { NotificationDto } from '@haven/shared/contracts';
import {
  AppConfig,
  BadInputError,
  SESSION_REVOKED_EVENT,
  type SessionRevokedEvent,
} from '@haven/server/core';
import { PushSubscriptionEntity } from './push-subscription.entity';

/** How long a push service keeps trying to deliver a notification to an offline device (seconds). */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;

export interface PushSubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+=*$/;

/** Checks a subscription from a browser's PushManager: an https endpoint and its keys. */
export function validateSubscription(input: PushSubscriptionInput): PushSubscriptionInput {
  let url: URL | null = null;
  try {
    url = new URL(input.endpoint);
  } catch {
    url = null;
  }
  if (!url || input.endpoint.length > 1000 || url.protocol !== 'https:') {
    throw new BadInputError('The push endpoint must be an https address.', { field: 'endpoint' });
  }
  if (!BASE64URL.test(input.p256dh) || input.p256dh.length < 80 || input.p256dh.length > 200) {
    throw new BadInputError('The push key is not valid.', { field: 'p256dh' });
  }
  if (!BASE64URL.test(input.auth) || input.auth.length < 16 || input.auth.length > 100) {
    throw new BadInputError('The push secret is not valid.', { field: 'auth' });
  }
  return input;
}

/**
 * Web push: each member's devices (subscriptions their service worker made), and sending a notification
 * to them with the VAPID keys from configuration. A subscription the push service says is gone (404, 410)
 * is removed. What is pushed is what the notification list shows: a summary and a path, no content.
 */
@Injectable()
export class PushService {
  private readonly logger = new Logger(PushService.name);

  constructor(
    @InjectRepository(PushSubscriptionEntity)
    private readonly subscriptions: Repository<PushSubscriptionEntity>,
    private readonly config: AppConfig,
  ) {}

  /** The application server key the browser subscribes with; null when push is not configured. */
  publicKey(): string | null {
    return this.config.VAPID_PUBLIC_KEY && this.config.VAPID_PRIVATE_KEY
      ? this.config.VAPID_PUBLIC_KEY
      : null;
  }

  /** Registers (or moves to this account and session) a device's subscription. */
  async register(userId: string, sessionId: string | null, input: PushSubscriptionInput): Promise<void> {
    const valid = validateSubscription(input);
    await this.subscriptions
      .createQueryBuilder()
      .insert()
      .values({ userId, sessionId, endpoint: valid.endpoint, p256dh: valid.p256dh, auth: valid.auth })
      .orUpdate(['user_id', 'session_id', 'p256dh', 'auth'], ['endpoint'])
      .execute();
  }

  /**
   * A session that ends (signing out, revoked from another device, a password change) takes its device's
   * subscription with it: a device nobody is signed in on gets no more notifications.
   */
  @OnEvent(SESSION_REVOKED_EVENT)
  async sessionEnded(event: SessionRevokedEvent): Promise<void> {
    try {
      await this.subscriptions.delete({ sessionId: event.sid });
    } catch (error) {
      this.logger.warn(`Could not remove the push subscription of an ended session: ${String(error)}`);
    }
  }

  /** Removes one of the member's own subscriptions (signing out on that device); true when it existed. */
  async unregister(userId: string, endpoint: string): Promise<boolean> {
    const result = await this.subscriptions.delete({ userId, endpoint });
    return (result.affected ?? 0) > 0;
  }

  async countFor(userId: string): Promise<number> {
    return this.subscriptions.count({ where: { userId } });
  }

  /** Sends each notification to every device of its recipient; failures are logged, never thrown. */
  async send(notifications: readonly { recipientId: string; payload: NotificationDto }[]): Promise<void> {
    const publicKey = this.publicKey();
    if (!publicKey || notifications.length === 0) return;
    const recipients = [...new Set(notifications.map((n) => n.recipientId))];
    const devices = await this.subscriptions.find({ where: { userId: In(recipients) } });
    const gone: string[] = [];
    await Promise.all(
      notifications.flatMap(({ recipientId, payload }) =>
        devices
          .filter((d) => d.userId === recipientId)
          .map(async (device) => {
            try {
              await webPush.sendNotification(
                { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
                JSON.stringify({
                  id: payload.id,
                  kind: payload.kind,
                  summary: payload.summary,
                  path: payload.path,
                }),
                {
                  TTL: PUSH_TTL_SECONDS,
                  urgency: 'normal',
                  vapidDetails: {
                    subject: this.config.VAPID_SUBJECT,
                    publicKey,
                    privateKey: this.config.VAPID_PRIVATE_KEY as string,
                  },
                },
              );
            } catch (error) {
              const status = (error as { statusCode?: number }).statusCode;
              if (status === 404 || status === 410) gone.push(device.id);
              else this.logger.warn(`Web push failed (${status ?? 'no answer'}): ${String(error)}`);
            }
          }),
      ),
    );
    if (gone.length > 0) await this.subscriptions.delete({ id: In(gone) });
  }
}
