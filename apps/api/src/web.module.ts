import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@haven/server/core';

const API_PREFIXES = ['/graphql', '/socket.io', '/health', '/metrics'];

/** Serves the built web app (dist/web) on the API's port, with the SPA fallback to index.html. */
@Module({})
export class WebModule implements NestModule {
  private static root: string | null = null;

  static forRoot(config: AppConfig): DynamicModule {
    const root = resolve(config.WEB_DIST_DIR ?? join(process.cwd(), 'dist', 'web'));
    WebModule.root = existsSync(join(root, 'index.html')) ? root : null;
    return { module: WebModule };
  }

  configure(consumer: MiddlewareConsumer) {
    const root = WebModule.root;
    if (!root) return;
    const assets = express.static(root, { index: false, maxAge: '1h' });
    const indexFile = join(root, 'index.html');
    consumer
      .apply((req: Request, res: Response, next: NextFunction) => {
        if (API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        assets(req, res, () => {
          if (req.path.includes('.') && !req.path.endsWith('.html')) return next();
          res.setHeader('Cache-Control', 'no-cache');
          res.sendFile(indexFile);
        });
      })
      .forRoutes('*path');
  }
}
