export { SignInPage } from './SignInPage';
export { SignUpPage } from './SignUpPage';
export { validateEmail, validateHandle, validatePassword } from './validation';
