import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { HavenIoAdapter } from '../realtime/haven-io.adapter';
import { requestLog } from './request-log';

/** HTTP-level defaults of every Haven server: request ids and logs, security headers, limits, CORS, sockets. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.set('trust proxy', config.TRUST_PROXY ? 1 : false);
  app.disable('x-powered-by');
  // No ETag hashed over every answer: GraphQL answers are posted and computed per reader, never
  // revalidated. The visitor feed cache sets its own ETag, static files theirs (serve-static).
  app.set('etag', false);
  app.use(requestLog(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'https:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.useBodyParser('json', { limit: '256kb' });
  app.enableCors({
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    credentials: false,
  });
  app.useWebSocketAdapter(new HavenIoAdapter(app));
}
