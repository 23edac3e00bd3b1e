import { escapeHtml } from '../markdown/escape-html';

/**
 * What a domain asks to send. Subjects and previews show on lock screens and to people nearby, so they
 * are fixed wording chosen by the sender ("Someone replied to your post on Haven"): never post text,
 * testimonial text, diagnoses or crisis content.
 */
export interface MailRequest {
  /** The account the message is for; its unsubscribe link names it. */
  userId: string;
  to: string;
  /** e.g. `account.reset-password`, `notification.reply`. */
  kind: string;
  subject: string;
  /** The first line mail clients show beside the subject; the subject when not given. Same rule. */
  preview?: string;
  /** Plain paragraphs of the body. */
  paragraphs: string[];
  /** The one thing the message asks the reader to do. */
  action?: { label: string; url: string };
  /**
   * What its unsubscribe link stops: a notification kind, or `all` (the default). Account-security mail
   * (`essential`) is sent even to members who unsubscribed, and its link stops all optional mail.
   */
  list?: string;
  essential?: boolean;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SUBJECT_MAX = 120;

/** A subject or preview: one line of at most 120 characters. */
export function assertMailLine(value: string, what: 'subject' | 'preview'): string {
  const line = value.trim();
  if (line.length === 0 || line.length > SUBJECT_MAX || /[\r\n]/.test(value)) {
    throw new Error(`A mail ${what} is one line of 1 to ${SUBJECT_MAX} characters`);
  }
  return line;
}

/** Plain text and simple, safe HTML for one message, both ending with the unsubscribe link. */
export function renderMail(request: MailRequest, unsubscribeUrl: string): RenderedMail {
  const subject = assertMailLine(request.subject, 'subject');
  const preview = assertMailLine(request.preview ?? request.subject, 'preview');
  const footer = request.essential
    ? 'You get this because of a change to your Haven account. To stop all other e-mail from Haven:'
    : 'To stop e-mail like this from Haven:';
  const text = [
    preview,
    '',
    ...request.paragraphs.flatMap((p) => [p, '']),
    ...(request.action ? [`${request.action.label}: ${request.action.url}`, ''] : []),
    '—',
    `${footer} ${unsubscribeUrl}`,
    'Haven is peer support, not medical advice. In a crisis, call your local emergency number.',
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;color:#1f2933">',
    `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(preview)}</div>`,
    ...request.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    request.action
      ? `<p><a href="${escapeHtml(request.action.url)}" style="background:#2f6f62;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(request.action.label)}</a></p><p style="font-size:13px">Or open this link: ${escapeHtml(request.action.url)}</p>`
      : '',
    `<hr><p style="font-size:13px">${escapeHtml(footer)} <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a></p>`,
    '<p style="font-size:13px">Haven is peer support, not medical advice. In a crisis, call your local emergency number.</p>',
    '</body></html>',
  ].join('');
  return { subject, text, html };
}

/** `c***@example.org`: enough for an administrator to tell messages apart, no more. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
