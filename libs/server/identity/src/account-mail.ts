import type { MailRequest } from '@haven/server/core';

/**
 * The account e-mails. Subjects and previews are fixed wording: nothing a member wrote, nothing about
 * their health. Each is essential (sent even after unsubscribing from other mail).
 */
export const accountMail = {
  verifyEmail(user: { id: string; handle: string }, to: string, url: string): MailRequest {
    return {
      userId: user.id,
      to,
      kind: 'account.verify-email',
      subject: 'Confirm your e-mail address for Haven',
      paragraphs: [
        `Hello ${user.handle},`,
        'Please confirm that this address is yours. The link works once, for 24 hours.',
        'If you did not sign up for Haven, you can ignore this message.',
      ],
      action: { label: 'Confirm my address', url },
      essential: true,
    };
  },

  resetPassword(user: { id: string; handle: string }, to: string, url: string): MailRequest {
    return {
      userId: user.id,
      to,
      kind: 'account.reset-password',
      subject: 'Reset your Haven password',
      paragraphs: [
        `Hello ${user.handle},`,
        'Someone asked to reset the password of your Haven account. The link works once, for 30 minutes.',
        'If it was not you, ignore this message: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url },
      essential: true,
    };
  },

  confirmNewEmail(user: { id: string; handle: string }, to: string, url: string): MailRequest {
    return {
      userId: user.id,
      to,
      kind: 'account.change-email',
      subject: 'Confirm your new e-mail address for Haven',
      paragraphs: [
        `Hello ${user.handle},`,
        'Please confirm that you want Haven to use this address from now on. The link works once, for 24 hours.',
      ],
      action: { label: 'Use this address', url },
      essential: true,
    };
  },

  emailChangeRequested(user: { id: string; handle: string }, to: string, maskedNew: string): MailRequest {
    return {
      userId: user.id,
      to,
      kind: 'account.email-change-notice',
      subject: 'Your Haven e-mail address is being changed',
      paragraphs: [
        `Hello ${user.handle},`,
        `Someone signed in to your account asked to change its e-mail address to ${maskedNew}. The change takes effect once the new address is confirmed.`,
        'If it was not you, change your password now and sign out every session from your profile.',
      ],
      essential: true,
    };
  },
};
