import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** The schema pg-boss keeps its queues in (installed by a migration, upgraded by pg-boss itself). */
export const JOBS_SCHEMA = 'pgboss';

/** How a job is retried unless its queue or the send says otherwise: 5 more tries, waits doubling from 10 s. */
export const DEFAULT_RETRY = { retryLimit: 5, retryDelay: 10, retryBackoff: true } as const;

export interface JobOptions {
  /** Tries after the first one. */
  retryLimit?: number;
  /** Seconds before the first retry; with `retryBackoff` each later one waits about twice as long. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Seconds a try may run before it counts as failed. */
  expireInSeconds?: number;
  /** Run no earlier than this (a date, or seconds from now). */
  startAfter?: Date | number;
  /** At most one queued job with this key per queue (pg-boss `singletonKey`). */
  singletonKey?: string;
  priority?: number;
}

/** One job as a handler receives it. */
export interface JobContext<T> {
  id: string;
  name: string;
  data: T;
  /** Tries before this one. */
  retryCount: number;
  retryLimit: number;
  /** True when a failure of this try is final (no retry follows). */
  lastAttempt: boolean;
}

export type JobHandler<T> = (job: JobContext<T>) => Promise<unknown>;

export interface ScheduleOptions {
  /** IANA time zone the cron expression is read in; UTC unless given. */
  tz?: string;
}

/** A pg-boss executor over one connection: a transaction's, or the shared pool's. */
interface Executor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

function toSendOptions(options: JobOptions = {}, db?: Executor): PgBoss.SendOptions {
  const { startAfter, ...rest } = options;
  return {
    ...rest,
    ...(startAfter === undefined ? {} : { startAfter }),
    ...(db ? { db: db as PgBoss.Db } : {}),
  };
}

/** The retry and expiry policy of a queue, without unset keys (pg-boss checks the keys present). */
function queuePolicy(options: JobOptions): PgBoss.RetryOptions & PgBoss.ExpirationOptions {
  const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = options;
  return Object.fromEntries(
    Object.entries({ retryLimit, retryDelay, retryBackoff, expireInSeconds }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

/**
 * Jobs on pg-boss in Haven's PostgreSQL: they run once across instances, retry with backoff, and can be
 * enqueued in the transaction of the write that causes them. Started with the application, stopped
 * gracefully before the database closes.
 */
@Injectable()
export class JobsService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private starting: Promise<void> | null = null;
  private stopping = false;
  private stopped = false;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly workers = new Map<string, string[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    // pg-boss shares TypeORM's pool rather than opening one of its own.
    // The driver types the pool as `any`; it is a pg Pool, whose query() answers { rows }.
    const pool = (dataSource.driver as unknown as { master: Executor & { query: Executor['executeSql'] } })
      .master;
    // Once stopped, the pool may be closing: a late bookkeeping write of pg-boss (failing a job whose
    // handler was cut off by the shutdown) is dropped; the job's expiry puts it back in the queue.
    const db: Executor = {
      executeSql: (text, values) =>
        this.stopped ? Promise.resolve({ rows: [{ count: 0 }] }) : pool.query(text, values),
    };
    this.boss = new PgBoss({
      db: db as PgBoss.Db,
      schema: JOBS_SCHEMA,
      migrate: true,
      supervise: true,
      schedule: true,
      ...DEFAULT_RETRY,
    });
    this.boss.on('error', (error) => this.logger.error({ msg: 'Job queue error', err: error }));
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  /** Idempotent; every other method waits for it. */
  start(): Promise<void> {
    this.starting ??= this.boss.start().then(() => undefined);
    return this.starting;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.stopping || !this.starting) return;
    this.stopping = true;
    await this.starting.catch(() => undefined);
    // Lets running jobs finish (up to 10 s), then returns jobs still running to the queue.
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    this.stopped = true;
  }

  /** Creates the queue once per instance (idempotent in the database too), with its retry policy. */
  async ensureQueue(name: string, options: JobOptions = {}): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.start().then(() => this.boss.createQueue(name, { name, ...queuePolicy(options) }));
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    await created;
  }

  /** Enqueues a job now (outside any transaction). Returns its id, or null when a singleton is already queued. */
  async send<T extends object>(name: string, data: T, options?: JobOptions): Promise<string | null> {
    await this.ensureQueue(name);
    const id = await this.boss.send(name, data, toSendOptions(options));
    this.wake(name);
    return id;
  }

  /**
   * Enqueues a job inside the caller's transaction: it exists only if the transaction commits, and no
   * worker sees it before then.
   */
  async sendInTransaction<T extends object>(
    manager: EntityManager,
    name: string,
    data: T,
    options?: JobOptions,
  ): Promise<string | null> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      throw new Error('sendInTransaction needs the EntityManager of an open transaction');
    }
    await this.ensureQueue(name);
    const db: Executor = {
      executeSql: async (text, values) => ({
        rows: (await runner.query(text, values, true)).records as unknown[],
      }),
    };
    return this.boss.send(name, data, toSendOptions(options, db));
  }

  /**
   * Runs `handler` for every job of the queue, one at a time per instance. A handler that throws fails
   * the try; the job is retried by its policy (`options`, or the defaults) until its last attempt.
   */
  async work<T extends object>(name: string, handler: JobHandler<T>, options?: JobOptions): Promise<void> {
    await this.ensureQueue(name, options);
    if (options) await this.boss.updateQueue(name, { name, ...queuePolicy(options) });
    const id = await this.boss.work<T>(
      name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.config.JOBS_POLL_SECONDS },
      async ([job]: PgBoss.JobWithMetadata<T>[]) => {
        await handler({
          id: job.id,
          name: job.name,
          data: job.data,
          retryCount: job.retryCount,
          retryLimit: job.retryLimit,
          lastAttempt: job.retryCount >= job.retryLimit,
        });
      },
    );
    this.workers.set(name, [...(this.workers.get(name) ?? []), id]);
  }

  /**
   * Runs `name` on a cron schedule, once across all instances (pg-boss keeps one schedule per name);
   * the queue still needs a `work()` handler.
   */
  async schedule<T extends object>(
    name: string,
    cron: string,
    data?: T,
    options: ScheduleOptions = {},
  ): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, data ?? {}, { tz: options.tz ?? 'UTC' });
  }

  /** Tells this instance's workers of a queue to look now rather than at their next poll. */
  private wake(name: string): void {
    for (const id of this.workers.get(name) ?? []) this.boss.notifyWorker(id);
  }
}
