// Browser suites: the built API (serving the built web app) driven through Chromium with playwright-core.
// Run with `npm run test:browser` (builds first). Needs PostgreSQL and Redis (TEST_DATABASE_URL / TEST_REDIS_URL).
const { pathsToModuleNameMapper, swcTransform: swc } = require('./tools/jest/paths');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: pathsToModuleNameMapper(),
  testMatch: ['<rootDir>/tests/browser/**/*.browser.ts'],
  maxWorkers: 1,
  testTimeout: 120_000,
};
