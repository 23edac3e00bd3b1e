import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@haven/server/core';

export const TEST_ADMIN = { email: 'admin@haven.test', password: 'admin-password-for-tests' };

/**
 * A configuration for tests: the given database, the real Redis with a key prefix of its own (so test
 * files never see each other's counters or streams), and generous rate limits unless a test sets them.
 */
export function testConfig(
  databaseUrl: string,
  overrides: Record<string, string | undefined> = {},
): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `t${randomBytes(4).toString('hex')}:`,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    RATE_LIMIT_LOGIN: '1000/60',
    RATE_LIMIT_REGISTER: '1000/60',
    RATE_LIMIT_GENERAL: '100000/60',
    RATE_LIMIT_WRITE: '1000/60',
    RATE_LIMIT_CHAT: '1000/10',
    RATE_LIMIT_REPORT: '1000/60',
    RATE_LIMIT_NOTIFICATIONS: '1000/60',
    RATE_LIMIT_LOOKUP: '1000/60',
    RATE_LIMIT_ACCOUNT_MAIL: '1000/60',
    RATE_LIMIT_ACCOUNT: '1000/60',
    JOBS_POLL_SECONDS: '0.5',
    RATE_LIMIT_EXPENSIVE: '1000/60',
    ...overrides,
  });
}
