import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger, configureApp, createRootLogger, type AppConfig } from '@haven/server/core';
import { AppModule } from './app.module';
import { serveWeb } from './web';

/** Builds Haven's Nest application, ready to listen. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = createRootLogger(
    config.NODE_ENV === 'test' ? (process.env.LOG_LEVEL ?? 'warn') : config.LOG_LEVEL,
  );
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  configureApp(app, config, logger);
  serveWeb(app, config);
  return app;
}
