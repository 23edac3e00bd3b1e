import { ConfigError, loadConfig, parseRateLimit } from './app-config';

describe('configuration', () => {
  it('has working defaults for the embedded setup', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.rateLimits.login).toEqual({ limit: 10, windowSeconds: 300 });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe('Haven <no-reply@haven.local>');
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('reads and converts variables', () => {
    const config = loadConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      TRUST_PROXY: 'true',
    });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.TRUST_PROXY).toBe(true);
  });

  it('reads the follow-up points', () => {
    expect(loadConfig({}).FOLLOW_UP_MONTHS).toEqual([1, 3, 6, 12]);
    expect(loadConfig({ FOLLOW_UP_MONTHS: '2, 4,24' }).FOLLOW_UP_MONTHS).toEqual([2, 4, 24]);
    expect(loadConfig({ FOLLOW_UP_WINDOW_DAYS: '14' }).FOLLOW_UP_WINDOW_DAYS).toBe(14);
  });

  it('reads the trust thresholds', () => {
    expect(loadConfig({}).TRUST_MIN_DAYS).toBe(7);
    expect(loadConfig({}).TRUST_MIN_PUBLISHED).toBe(3);
    const config = loadConfig({ TRUST_MIN_DAYS: '14', TRUST_MIN_PUBLISHED: '0' });
    expect([config.TRUST_MIN_DAYS, config.TRUST_MIN_PUBLISHED]).toEqual([14, 0]);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ TRUST_MIN_DAYS: 'a week' }, /TRUST_MIN_DAYS must be a whole number/],
    [{ TRUST_MIN_DAYS: '-1' }, /TRUST_MIN_DAYS must be from 0 to 365/],
    [{ TRUST_MIN_PUBLISHED: '2.5' }, /TRUST_MIN_PUBLISHED must be a whole number/],
    [{ TRUST_MIN_PUBLISHED: '1001' }, /TRUST_MIN_PUBLISHED must be from 0 to 1000/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' }, /JWT_SECRET is required/],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', JWT_SECRET: 'x'.repeat(32) },
      /REDIS_URL is required when NODE_ENV=production \(or set SINGLE_INSTANCE=true/,
    ],
    [{ ADMIN_EMAIL: 'admin@example.org' }, /set together/],
    [{ RATE_LIMIT_LOGIN: 'lots' }, /RATE_LIMIT_LOGIN/],
    [{ FOLLOW_UP_MONTHS: '3,1' }, /ascending/],
    [{ FOLLOW_UP_MONTHS: '1,x' }, /whole months/],
    [{ FOLLOW_UP_MONTHS: '0,3' }, /from 1 to 60/],
    [{ SMTP_URL: 'http://mail.example' }, /SMTP_URL must be an smtp/],
    [{ MAIL_FROM: 'not an address' }, /MAIL_FROM must be an address/],
    [{ PUBLIC_URL: 'https://haven.example/path' }, /PUBLIC_URL must be/],
    [{ JOBS_POLL_SECONDS: '0.1' }, /JOBS_POLL_SECONDS/],
  ])('stops the boot with one clear line for %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('runs production on one instance without Redis only when SINGLE_INSTANCE=true says so', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({ ...production, SINGLE_INSTANCE: 'true' }).SINGLE_INSTANCE).toBe(true);
    expect(loadConfig({ ...production, REDIS_URL: 'redis://r:6379' }).REDIS_URL).toBe('redis://r:6379');
    expect(loadConfig({}).SINGLE_INSTANCE).toBe(false);
  });

  it('parses rate limits', () => {
    expect(parseRateLimit('5/60')).toEqual({ limit: 5, windowSeconds: 60 });
    expect(() => parseRateLimit('5 per minute')).toThrow();
  });
});
