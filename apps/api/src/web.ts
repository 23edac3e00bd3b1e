import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AppConfig } from '@haven/server/core';
import { PostQueriesService } from '@haven/server/forum';
import { postPageHtml, sendHtml } from './web-pages';

const API_PREFIXES = ['/graphql', '/socket.io', '/health', '/metrics', '/api', '/mail'];
/** Vite names every built asset by its content hash: it never changes under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages rendered at build time, so they show before (or without) any script. */
const STATIC_PAGES: Readonly<Record<string, string>> = {
  '': 'home.html',
  '/forum': 'forum.html',
  '/help': 'help.html',
};
/** A post's page: its heading is filled in from the post (see web-pages.ts). */
const POST_PAGE = /^\/forum\/p\/([^/]+)\/?$/;
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The .br or .gz twin the build wrote for `file`, if the client accepts it. */
function precompressed(req: Request, file: string): { path: string; encoding: string } | null {
  for (const encoding of ENCODINGS) {
    if (req.acceptsEncodings(encoding.name) === encoding.name && existsSync(file + encoding.suffix))
      return { path: file + encoding.suffix, encoding: encoding.name };
  }
  return null;
}

/** Sends a built file, pre-compressed when possible, with its own content type. */
function sendBuilt(req: Request, res: Response, file: string, cacheControl: string): void {
  const twin = precompressed(req, file);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.type(extname(file));
  if (twin) res.setHeader('Content-Encoding', twin.encoding);
  res.sendFile(twin?.path ?? file);
}

/**
 * Serves the built web app (dist/web) on the API's port: hashed assets pre-compressed (brotli or gzip)
 * and cached for a year, the pages rendered at build time (/help), a post's page with its heading, and the
 * single-page fallback to index.html.
 */
export function serveWeb(app: NestExpressApplication, config: AppConfig): void {
  const root = resolve(config.WEB_DIST_DIR ?? join(process.cwd(), 'dist', 'web'));
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return;
  const others = express.static(root, { index: false, maxAge: '1h', redirect: false });
  const shell = (req: Request, res: Response) => sendBuilt(req, res, indexFile, 'no-cache');
  const posts = app.get(PostQueriesService, { strict: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/assets/')) {
      const file = normalize(join(root, req.path));
      if (!file.startsWith(root + sep) || !existsSync(file)) return next();
      return sendBuilt(req, res, file, IMMUTABLE);
    }
    const page = STATIC_PAGES[req.path.replace(/\/+$/, '')];
    if (page && existsSync(join(root, page))) return sendBuilt(req, res, join(root, page), 'no-cache');
    const post = POST_PAGE.exec(req.path);
    if (post?.[1]) {
      // Should the database not answer, the shell still goes out: the app shows the state itself.
      postPageHtml(root, posts, post[1])
        .then((html) => (html ? sendHtml(req, res, html) : shell(req, res)))
        .catch(() => {
          if (!res.headersSent) shell(req, res);
        });
      return;
    }
    if (req.path === '/sw.js' && existsSync(join(root, 'sw.js')))
      return sendBuilt(req, res, join(root, 'sw.js'), 'no-cache');
    others(req, res, () => shell(req, res));
  });
}
