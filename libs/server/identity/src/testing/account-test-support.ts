import { EventEmitter2 } from '@nestjs/event-emitter';
import { linkIn, type TestApp, type TestSmtpServer } from '@haven/server/testing';

/** The token of the first link to `path` in the newest mail to `to` with a subject containing `subject`. */
export async function tokenFromMail(
  smtp: TestSmtpServer,
  to: string,
  subject: string,
  path: string,
  after = 0,
): Promise<string> {
  const mail = await smtp.waitForMail(
    (m) => m.to.includes(to) && m.subject.includes(subject) && smtp.received.indexOf(m) >= after,
  );
  const link = linkIn(mail, `http://haven.test${path}?token=`);
  return decodeURIComponent(new URL(link).searchParams.get('token') ?? '');
}

/** Collects every event of `name` the app emits from now on. */
export function recordEvents<T>(t: TestApp, name: string): T[] {
  const seen: T[] = [];
  t.app.get(EventEmitter2).on(name, (event: T) => seen.push(event));
  return seen;
}

export const VIEWER = 'email emailVerified user { id handle }';
