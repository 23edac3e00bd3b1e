import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@haven/server/core';

const API_PREFIXES = ['/graphql', '/socket.io', '/health', '/metrics', '/mail'];

/** Serves the built web app (dist/web) on the API's port, with the single-page fallback to index.html. */
export function serveWeb(app: NestExpressApplication, config: AppConfig): void {
  const root = resolve(config.WEB_DIST_DIR ?? join(process.cwd(), 'dist', 'web'));
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return;
  const assets = express.static(root, { index: false, maxAge: '1h', redirect: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    assets(req, res, () => {
      if (req.path.startsWith('/assets/')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexFile);
    });
  });
}
