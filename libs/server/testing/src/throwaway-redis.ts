import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface ThrowawayRedis {
  url: string;
  port: number;
  /** Stops the server (SIGKILL: an outage, not a clean shutdown) and waits for the process to end. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A Redis server of the test's own (`redis-server` on a free port, no persistence), for fault tests that
 * stop and restart it; the shared Redis is never touched.
 */
export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = () =>
    new Promise<void>((done, fail) => {
      const proc = spawn(
        process.env.REDIS_SERVER_BIN ?? 'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = proc;
      let output = '';
      proc.once('error', fail);
      proc.once('exit', (code) => fail(new Error(`redis-server exited (${code}): ${output}`)));
      proc.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/Ready to accept connections/.test(output)) {
          proc.removeAllListeners('exit');
          done();
        }
      });
    });
  const stop = () =>
    new Promise<void>((done) => {
      const proc = child;
      child = null;
      if (!proc || proc.exitCode !== null) return done();
      proc.once('exit', () => done());
      proc.kill('SIGKILL');
    });
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
