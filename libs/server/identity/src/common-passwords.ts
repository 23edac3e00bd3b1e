/**
 * Passwords of ten characters or more that appear near the top of public breach lists. A password is
 * refused when, lower-cased, it is one of these.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '123456789a', '0123456789', '0987654321', '1111111111', '0000000000',
  '1234512345', '1q2w3e4r5t', '1q2w3e4r5t6y', 'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456',
  'asdfghjkl1', 'asdfghjkl;', 'zxcvbnm123', 'password12', 'password123', 'password1234', 'password!1',
  'password01', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'iloveyou12', 'iloveyou123', 'iloveyou1234',
  'abcdefghij', 'abcd123456', 'abc1234567', 'abcdef1234', 'letmein123', 'welcome123', 'welcome1234',
  'sunshine12', 'sunshine123', 'football12', 'football123', 'baseball123', 'basketball', 'basketball1',
  'princess12', 'princess123', 'dragon1234', 'monkey1234', 'master1234', 'superman123', 'batman1234',
  'starwars123', 'whatever12', 'whatever123', 'trustno1234', 'changeme123', 'administrator', 'admin12345',
  'admin123456', 'adminadmin', 'rootroot12', 'computer12', 'computer123', 'internet12', 'michael123',
  'jennifer12', 'charlie123', 'jordan2323', 'liverpool1', 'chocolate1', 'butterfly1', 'pokemon123',
  'spiderman1', 'samsung123', 'qazwsxedc1', 'qazwsxedcrfv', '1qaz2wsx3edc', 'zaq12wsxcde3', 'q1w2e3r4t5',
  'q1w2e3r4t5y6', 'aa12345678', 'a123456789', 'a1234567890', 'a1b2c3d4e5', 'passwordpassword',
  'mypassword', 'mypassword1', 'mypassword123', 'secretpassword', 'nopassword', 'newpassword',
  'newpassword1', 'password1!', 'password2024', 'password2025', 'password2026', 'summer2025!',
  'winter2025!', 'happiness1', 'iloveyou!!', 'loveyou1234', 'ketamine123', 'depression1', 'haven12345',
  'havenhaven', 'qwertyqwerty', 'asdfasdfasdf', '12341234123', '1234qwerasdf', '147258369a', '9876543210',
]);
