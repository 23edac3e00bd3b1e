import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres, type AppConfig } from '@haven/server/core/boot';

export interface Runtime {
  config: AppConfig;
  stop(): Promise<void>;
}

/** The JWT secret of the embedded default: generated once and kept under the data folder. */
async function persistedSecret(dataDir: string): Promise<string> {
  const file = join(resolve(dataDir), 'jwt-secret');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // First start: no secret yet.
  }
  await mkdir(resolve(dataDir), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Completes the configuration before the app boots: starts the embedded PostgreSQL when no
 * DATABASE_URL is set, and generates the JWT secret when none is given (outside production).
 * `onDatabaseLaunched` is called once the embedded server's process runs, before it accepts connections.
 */
export async function prepareRuntime(
  config: AppConfig,
  options: { onDatabaseLaunched?: () => void } = {},
): Promise<Runtime> {
  let stopDatabase = async () => undefined as void;
  if (!config.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres(config.DATA_DIR, {
      onLaunched: options.onDatabaseLaunched,
    });
    config.DATABASE_URL = embedded.url;
    stopDatabase = embedded.stop;
  }
  if (!config.JWT_SECRET) config.JWT_SECRET = await persistedSecret(config.DATA_DIR);
  return { config, stop: stopDatabase };
}
