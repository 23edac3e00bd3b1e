import {
  GraphqlClient,
  linkIn,
  registerMember,
  startTestSmtpServer,
  type TestSmtpServer,
} from '@haven/server/testing';
import { expectAccessible } from './support/axe';
import { expectHeading, useBrowserSession } from './support/browser-session';

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

// The server sends its mail to the SMTP server this test started.
const session = useBrowserSession({ env: () => ({ SMTP_URL: smtp.url, JOBS_POLL_SECONDS: '0.5' }) });

describe('account recovery in the browser', () => {
  it('resets a forgotten password from the sign-in page with the link in the e-mail', async () => {
    const gql = new GraphqlClient(session.server.url);
    const member = await registerMember(gql);
    const { page, errors } = await session.openPage();

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expectHeading(page, 'Forgot your password?');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText('Enter your e-mail address.').waitFor();
    await expectAccessible(page, 'the forgotten-password page with an error');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expectHeading(page, 'Check your e-mail');

    const mail = await smtp.waitForMail(
      (m) => m.to.includes(member.email) && m.subject === 'Reset your Haven password',
    );
    expect(mail.headers['list-unsubscribe']).toContain(`${session.server.url}/mail/unsubscribe?token=`);
    const link = linkIn(mail, `${session.server.url}/reset-password?token=`);

    await page.goto(link);
    await expectHeading(page, 'Choose a new password');
    await expectAccessible(page, 'the reset page');
    // A weak password is refused by the server on its field.
    await page.getByLabel('New password', { exact: true }).fill('password1234');
    await page.getByLabel('New password again').fill('password1234');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.getByText(/too easy to guess|too common/).waitFor();
    const newPassword = 'quiet meadow lantern harbour';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByText('Your password is changed').waitFor();

    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Welcome back, ${member.handle}.`).waitFor();

    // The link worked once: opening it again is refused.
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('another quiet meadow');
    await page.getByLabel('New password again').fill('another quiet meadow');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.getByText('This link has already been used.', { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });
});
