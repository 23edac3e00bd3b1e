import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { Clock } from '@haven/server/core';

/** A worker with no password to check for this long stops, and its dictionaries leave memory. */
export const ESTIMATOR_IDLE_MS = 60_000;
/** How often an idle worker is looked for. */
const SWEEP_MS = 10_000;
/**
 * The worker's heap. The dictionaries live in about 30 MB; without a cap V8 lets the garbage of each
 * check pile up, and a burst of 1,000 sign-ups grew the process by 170 MB (with the cap, 65 MB, and a
 * check takes as long). A worker that runs out of it ends and fails its checks alone, as a crash would.
 */
export const ESTIMATOR_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 } as const;

export interface PasswordEstimate {
  /** zxcvbn's score, 0 (guessable) to 4. */
  score: number;
  warning: string | null;
  suggestions: string[];
}

interface Pending {
  resolve(estimate: PasswordEstimate): void;
  reject(error: Error): void;
}

/** What the worker posts back for one check: its estimate, or the message of what it threw. */
type Reply = { id: number } & ({ estimate: PasswordEstimate } | { error: string });

/**
 * The worker's program. zxcvbn with its common and English dictionaries (about 60 MB once unpacked, half
 * a second to load); few l33t substitutions keep a check near 100 ms (the default can take seconds on
 * digit-rich input). It is source text, not a file, so the same worker runs from the build and from the
 * TypeScript sources under test; the packages' paths come resolved from the main thread.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { ZxcvbnFactory } = require(workerData.core);
const common = require(workerData.common);
const english = require(workerData.english);
const zxcvbn = new ZxcvbnFactory({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
  l33tMaxSubstitutions: 2,
});
parentPort.on('message', ({ id, password, inputs }) => {
  // A check that throws fails alone: its error goes back under its id, and the worker stays up.
  try {
    const result = zxcvbn.check(password, inputs);
    parentPort.postMessage({
      id,
      estimate: {
        score: result.score,
        warning: result.feedback.warning || null,
        suggestions: result.feedback.suggestions,
      },
    });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

/**
 * zxcvbn's estimate, in a worker thread: a check never holds the event loop (chat and pages go on
 * while someone signs up), and the dictionaries are in memory only while new passwords are being
 * checked. The worker starts with the first password after a quiet spell (that password waits about
 * half a second) and stops after ESTIMATOR_IDLE_MS without one, judged by the injected clock. A check
 * that throws in the worker fails alone (its promise rejects with the thrown message; the worker and
 * its other checks go on). A worker that dies fails the checks it holds; the next check starts a new one.
 */
@Injectable()
export class PasswordEstimator implements OnModuleDestroy {
  private readonly logger = new Logger(PasswordEstimator.name);
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private lastUsed = 0;
  private readonly sweep: NodeJS.Timeout;

  constructor(private readonly clock: Clock) {
    this.sweep = setInterval(() => void this.releaseIfIdle(), SWEEP_MS);
    this.sweep.unref();
  }

  /** Whether a worker (and so the dictionaries) is in memory now. */
  get running(): boolean {
    return this.worker !== null;
  }

  check(password: string, inputs: string[]): Promise<PasswordEstimate> {
    const worker = this.worker ?? this.start();
    this.lastUsed = this.clock.now().getTime();
    const id = this.nextId++;
    return new Promise<PasswordEstimate>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, password, inputs });
    });
  }

  /** Stops the worker when it holds no check and has had none for ESTIMATOR_IDLE_MS. */
  async releaseIfIdle(): Promise<boolean> {
    if (!this.worker || this.pending.size > 0) return false;
    if (this.clock.now().getTime() - this.lastUsed < ESTIMATOR_IDLE_MS) return false;
    await this.stop();
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweep);
    await this.stop();
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      resourceLimits: ESTIMATOR_HEAP,
      workerData: {
        core: require.resolve('@zxcvbn-ts/core'),
        common: require.resolve('@zxcvbn-ts/language-common'),
        english: require.resolve('@zxcvbn-ts/language-en'),
      },
    });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.estimate);
    });
    worker.on('error', (error) => {
      this.logger.error(`The password estimator failed: ${error.message}`);
      this.fail(worker, error);
    });
    worker.on('exit', () => this.fail(worker, new Error('The password estimator stopped.')));
    this.worker = worker;
    return worker;
  }

  /** Fails the checks `worker` held, and forgets it so the next check starts another. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.fail(worker, new Error('The password estimator stopped.'));
    await worker.terminate();
  }
}
