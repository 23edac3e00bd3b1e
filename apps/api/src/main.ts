import 'reflect-metadata';
import { ConfigError, loadConfig } from '@haven/server/core/boot';
import { compileCache } from './compile-cache';
import { prepareRuntime } from './runtime';

async function main() {
  // The embedded database starts first; the app's modules (seconds of loading) load while its server
  // boots, once its process runs. With DATABASE_URL set the runtime is ready at once.
  let launched = () => undefined as void;
  const databaseLaunched = new Promise<void>((done) => (launched = done));
  const preparing = prepareRuntime(loadConfig(), { onDatabaseLaunched: () => launched() });
  await Promise.race([databaseLaunched, preparing]);
  const { createApp } = await import('./bootstrap');
  const runtime = await preparing;
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
  // Once serving (and the deferred warm-ups have run), or at exit if that comes first (a stop handler
  // of the embedded database may end the process), the code the boot compiled is kept for next time.
  compileCache()?.saveLater(5000);
  process.once('exit', () => compileCache()?.saveNow());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
