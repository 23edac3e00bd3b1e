export { ChangeEmailPage } from './ChangeEmailPage';
export { ChangePasswordPage } from './ChangePasswordPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { SessionsPage } from './SessionsPage';
export { UnverifiedBanner } from './UnverifiedBanner';
export { VerifyEmailPage } from './VerifyEmailPage';
