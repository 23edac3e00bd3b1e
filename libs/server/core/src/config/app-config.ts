import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/** A rate limit as `count/seconds`, e.g. `10/60`. */
export interface RateLimitSpec {
  limit: number;
  windowSeconds: number;
}

export function parseRateLimit(spec: string): RateLimitSpec {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(spec);
  if (!match) throw new Error(`"${spec}" is not a rate limit of the form count/seconds`);
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
}

const RATE = /^\d{1,6}\/\d{1,6}$/;

/**
 * Every setting Haven reads from the environment, validated once at boot.
 * Names are the environment variable names; README.md documents each one.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix for every Redis key and stream, so several deployments (or test files) can share one Redis. */
  @IsString()
  @Matches(/^[A-Za-z0-9:_-]{0,64}$/, { message: 'REDIS_PREFIX may hold letters, digits, :, _ and - only' })
  REDIS_PREFIX = 'haven:';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD?: string;

  /** Origins allowed for CORS and Socket.IO handshakes; empty means same-origin only. */
  @Transform(toList)
  @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  /** Where the embedded database, the generated JWT secret and other local state live. */
  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  @Matches(/^[A-Za-z]{2,4}$/, { message: 'CRISIS_DEFAULT_REGION must be a region code such as US or GB' })
  CRISIS_DEFAULT_REGION = 'US';

  @Matches(RATE, { message: 'RATE_LIMIT_LOGIN must be count/seconds' })
  RATE_LIMIT_LOGIN = '10/300';

  @Matches(RATE, { message: 'RATE_LIMIT_REGISTER must be count/seconds' })
  RATE_LIMIT_REGISTER = '5/3600';

  @Matches(RATE, { message: 'RATE_LIMIT_GENERAL must be count/seconds' })
  RATE_LIMIT_GENERAL = '600/60';

  @Matches(RATE, { message: 'RATE_LIMIT_WRITE must be count/seconds' })
  RATE_LIMIT_WRITE = '30/60';

  @Matches(RATE, { message: 'RATE_LIMIT_CHAT must be count/seconds' })
  RATE_LIMIT_CHAT = '20/10';

  @Matches(RATE, { message: 'RATE_LIMIT_REPORT must be count/seconds' })
  RATE_LIMIT_REPORT = '20/3600';

  /** Expensive GraphQL fields (safety previews, searches) per IP. */
  @Matches(RATE, { message: 'RATE_LIMIT_EXPENSIVE must be count/seconds' })
  RATE_LIMIT_EXPENSIVE = '60/60';
  /** Notification settings: marking read, preferences, watching and muting. */
  @Matches(RATE, { message: 'RATE_LIMIT_NOTIFICATIONS must be count/seconds' })
  RATE_LIMIT_NOTIFICATIONS = '120/60';

  /** Handle look-ups for mention autocompletion. */
  @Matches(RATE, { message: 'RATE_LIMIT_LOOKUP must be count/seconds' })
  RATE_LIMIT_LOOKUP = '60/60';

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  GRAPHQL_MAX_COST = 5_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  CHAT_RETENTION_DAYS = 90;

  /** Months after the first session at which testimonial follow-ups fall due, ascending, e.g. `1,3,6,12`. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((v) => Number(v.trim())) : value,
  )
  @IsInt({ each: true, message: 'FOLLOW_UP_MONTHS must be whole months, e.g. 1,3,6,12' })
  @Min(1, { each: true, message: 'FOLLOW_UP_MONTHS must be from 1 to 60 months' })
  @Max(60, { each: true, message: 'FOLLOW_UP_MONTHS must be from 1 to 60 months' })
  FOLLOW_UP_MONTHS: number[] = [1, 3, 6, 12];

  /** Days a follow-up check-in stays open after it falls due; a point missed for longer is lost to follow-up. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  FOLLOW_UP_WINDOW_DAYS = 30;

  /** Days since joining after which a member may stop being a new member (with TRUST_MIN_PUBLISHED). */
  @Transform(toInt)
  @IsInt({ message: 'TRUST_MIN_DAYS must be a whole number of days' })
  @Min(0, { message: 'TRUST_MIN_DAYS must be from 0 to 365 days' })
  @Max(365, { message: 'TRUST_MIN_DAYS must be from 0 to 365 days' })
  TRUST_MIN_DAYS = 7;

  /** Published posts and comments after which a member may stop being a new member (with TRUST_MIN_DAYS). */
  @Transform(toInt)
  @IsInt({ message: 'TRUST_MIN_PUBLISHED must be a whole number' })
  @Min(0, { message: 'TRUST_MIN_PUBLISHED must be from 0 to 1000' })
  @Max(1000, { message: 'TRUST_MIN_PUBLISHED must be from 0 to 1000' })
  TRUST_MIN_PUBLISHED = 3;

  /**
   * Minutes an URGENT case may wait unclaimed before the on-call moderators are paged (fractions allowed,
   * e.g. 0.05 for three seconds in a test run).
   */
  @Transform(toInt)
  @IsNumber({}, { message: 'URGENT_ESCALATION_MINUTES must be a number of minutes' })
  @Min(0.01, { message: 'URGENT_ESCALATION_MINUTES must be from 0.01 to 1440 minutes' })
  @Max(1440, { message: 'URGENT_ESCALATION_MINUTES must be from 0.01 to 1440 minutes' })
  URGENT_ESCALATION_MINUTES = 5;

  /** Seconds a signed-out feed page stays cached. 0 turns the cache off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  FEED_CACHE_SECONDS = 15;

  /** Where members reach Haven; links in e-mail start with it. Defaults to http://localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+$/, { message: 'PUBLIC_URL must be an http(s) origin without a path' })
  PUBLIC_URL?: string;

  /** SMTP server for e-mail, e.g. smtp://user:pass@host:587; without it mail stays in the outbox table. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Web push (VAPID): the application server's key pair (URL-safe base64) and a contact (mailto: or https:). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{80,100}$/, {
    message: 'VAPID_PUBLIC_KEY must be a URL-safe base64 P-256 public key',
  })
  VAPID_PUBLIC_KEY?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{40,50}$/, {
    message: 'VAPID_PRIVATE_KEY must be a URL-safe base64 P-256 private key',
  })
  VAPID_PRIVATE_KEY?: string;

  @Matches(/^(mailto:\S+@\S+|https:\/\/\S+)$/, { message: 'VAPID_SUBJECT must be a mailto: or https: URL' })
  VAPID_SUBJECT = 'mailto:no-reply@haven.local';

  /** The sender of every e-mail: an address, optionally with a name (`Haven <haven@example.org>`). */
  @Matches(/^([^<>\r\n]{1,80} <[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'MAIL_FROM must be an address such as haven@example.org or Haven <haven@example.org>',
  })
  MAIL_FROM = 'Haven <no-reply@haven.local>';

  /** How many times a message is tried again before it is recorded as failed. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(20)
  MAIL_RETRY_LIMIT = 5;

  /** Seconds before the first retry of a message; each later retry waits about twice as long. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  MAIL_RETRY_DELAY_SECONDS = 30;

  /** How often a job worker looks for new jobs, in seconds. */
  @Transform(toInt)
  @IsNumber()
  @Min(0.5)
  @Max(60)
  JOBS_POLL_SECONDS = 2;

  @Matches(RATE, { message: 'RATE_LIMIT_ACCOUNT_MAIL must be count/seconds' })
  RATE_LIMIT_ACCOUNT_MAIL = '3/3600';

  @Matches(RATE, { message: 'RATE_LIMIT_ACCOUNT must be count/seconds' })
  RATE_LIMIT_ACCOUNT = '20/3600';
  /** A production deployment of one instance only: rate limits, caches and fan-out stay in-process without Redis. */
  @Transform(toBool)
  @IsBoolean()
  SINGLE_INSTANCE = false;

  /** Trust X-Forwarded-For from the reverse proxy (nginx in docker/compose.yml). */
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** The origin links in e-mail point to. */
  get publicUrl(): string {
    return this.PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }

  get rateLimits(): Record<
    | 'login'
    | 'register'
    | 'general'
    | 'write'
    | 'chat'
    | 'report'
    | 'notifications'
    | 'lookup'
    | 'accountMail'
    | 'account'
    | 'expensive',
    RateLimitSpec
  > {
    return {
      login: parseRateLimit(this.RATE_LIMIT_LOGIN),
      register: parseRateLimit(this.RATE_LIMIT_REGISTER),
      general: parseRateLimit(this.RATE_LIMIT_GENERAL),
      write: parseRateLimit(this.RATE_LIMIT_WRITE),
      chat: parseRateLimit(this.RATE_LIMIT_CHAT),
      report: parseRateLimit(this.RATE_LIMIT_REPORT),
      notifications: parseRateLimit(this.RATE_LIMIT_NOTIFICATIONS),
      lookup: parseRateLimit(this.RATE_LIMIT_LOOKUP),
      accountMail: parseRateLimit(this.RATE_LIMIT_ACCOUNT_MAIL),
      account: parseRateLimit(this.RATE_LIMIT_ACCOUNT),
      expensive: parseRateLimit(this.RATE_LIMIT_EXPENSIVE),
    };
  }
}

/** Every variable read; anything else in the environment is ignored. */
export const CONFIG_KEYS = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'REDIS_URL',
  'REDIS_PREFIX',
  'JWT_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'CORS_ORIGINS',
  'DATA_DIR',
  'WEB_DIST_DIR',
  'LOG_LEVEL',
  'CRISIS_DEFAULT_REGION',
  'RATE_LIMIT_LOGIN',
  'RATE_LIMIT_REGISTER',
  'RATE_LIMIT_GENERAL',
  'RATE_LIMIT_WRITE',
  'RATE_LIMIT_CHAT',
  'RATE_LIMIT_REPORT',
  'RATE_LIMIT_EXPENSIVE',
  'RATE_LIMIT_NOTIFICATIONS',
  'RATE_LIMIT_LOOKUP',
  'GRAPHQL_MAX_DEPTH',
  'GRAPHQL_MAX_COST',
  'CHAT_RETENTION_DAYS',
  'FEED_CACHE_SECONDS',
  'TRUST_PROXY',
  'FOLLOW_UP_MONTHS',
  'FOLLOW_UP_WINDOW_DAYS',
  'TRUST_MIN_DAYS',
  'TRUST_MIN_PUBLISHED',
  'URGENT_ESCALATION_MINUTES',
  'PUBLIC_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'VAPID_PUBLIC_KEY',
  'VAPID_PRIVATE_KEY',
  'VAPID_SUBJECT',
  'MAIL_RETRY_LIMIT',
  'MAIL_RETRY_DELAY_SECONDS',
  'JOBS_POLL_SECONDS',
  'RATE_LIMIT_ACCOUNT_MAIL',
  'RATE_LIMIT_ACCOUNT',
  'SINGLE_INSTANCE',
] as const satisfies readonly (keyof AppConfig)[];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment. Throws one `ConfigError` whose message is a single clear line
 * naming every bad variable, so a misconfigured deployment stops at boot.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of CONFIG_KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const problems = validateSync(config, { forbidUnknownValues: false }).flatMap((e) =>
    Object.values(e.constraints ?? {}),
  );
  if (config.isProduction) {
    if (!config.JWT_SECRET) problems.push('JWT_SECRET is required when NODE_ENV=production');
    if (!config.DATABASE_URL) problems.push('DATABASE_URL is required when NODE_ENV=production');
    if (!config.REDIS_URL && !config.SINGLE_INSTANCE) {
      problems.push(
        'REDIS_URL is required when NODE_ENV=production (or set SINGLE_INSTANCE=true for one instance)',
      );
    }
  }
  if ((config.ADMIN_EMAIL === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  const months = config.FOLLOW_UP_MONTHS;
  if (months.length === 0 || months.some((m, i) => i > 0 && m <= months[i - 1])) {
    problems.push('FOLLOW_UP_MONTHS must list at least one month, in ascending order without repeats');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return config;
}
