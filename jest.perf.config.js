// Web performance measurements: the built app (as `npm run test:browser` builds it) loaded in Debian's
// Chromium on a throttled connection, and Lighthouse. They print their figures.
const browser = require('./jest.browser.config');

module.exports = {
  ...browser,
  testMatch: ['<rootDir>/tests/perf/**/*.perf.ts'],
  testTimeout: 600_000,
};
