import type { Request, Response } from 'express';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { PAGE_SLOTS } from '@haven/shared/contracts';
import { escapeHtml } from '@haven/server/core';
import { toPostObject, type PostQueriesService } from '@haven/server/forum';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * A post's page as the build rendered it (post.html), its heading and document title filled in, when a
 * visitor may read the post (the forum's own visibility rule: published, or deleted and shown as
 * "[deleted]"). Otherwise null: the page then goes out as the plain shell, and the app asks with the
 * reader's own session. Only the title is filled in: a reader who blocked the author still sees a post's
 * title on its page, never its body before the app knows who is reading.
 */
export async function postPageHtml(
  root: string,
  posts: PostQueriesService,
  id: string,
): Promise<string | null> {
  const row = await posts.findVisible(id, null);
  if (!row) return null;
  const template = await readFile(join(root, 'post.html'), 'utf8');
  const title = escapeHtml(toPostObject(row).title);
  return template.replaceAll(PAGE_SLOTS.postTitle, () => title);
}

/** A page made per request, compressed for the client (brotli, else gzip), never cached as it is. */
export async function sendHtml(req: Request, res: Response, html: string): Promise<void> {
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  res.type('html');
  if (req.acceptsEncodings('br') === 'br') {
    res.setHeader('Content-Encoding', 'br');
    res.send(await brotli(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  } else if (req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.send(await gzipped(html));
  } else {
    res.send(html);
  }
}
