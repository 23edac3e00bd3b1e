import 'reflect-metadata';
import { ConfigError, loadConfig } from '@haven/server/core';
import { createApp } from './bootstrap';
import { prepareRuntime } from './runtime';

async function main() {
  const runtime = await prepareRuntime(loadConfig());
  const app = await createApp(runtime.config);
  const stop = async () => {
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen(runtime.config.PORT);
  process.stdout.write(`Haven is running at http://localhost:${runtime.config.PORT}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
