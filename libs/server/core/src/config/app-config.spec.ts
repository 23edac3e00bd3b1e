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

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' }, /JWT_SECRET is required/],
    [{ ADMIN_EMAIL: 'admin@example.org' }, /set together/],
    [{ RATE_LIMIT_LOGIN: 'lots' }, /RATE_LIMIT_LOGIN/],
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

  it('parses rate limits', () => {
    expect(parseRateLimit('5/60')).toEqual({ limit: 5, windowSeconds: 60 });
    expect(() => parseRateLimit('5 per minute')).toThrow();
  });
});
