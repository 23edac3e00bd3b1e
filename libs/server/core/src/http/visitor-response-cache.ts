import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createHash } from 'node:crypto';
import { SharedStore } from '../redis/shared-store';

interface Rule {
  /** A key in the shared store whose change retires every cached answer of the field. */
  versionKey: string;
  ttlSeconds: number;
}

interface Entry {
  body: string;
  etag: string;
  expiresAt: number;
}

const MAX_ENTRIES = 1_000;
const MAX_QUERY_LENGTH = 8_192;
const MAX_BODY_BYTES = 512 * 1024;

/**
 * Signed-out GraphQL answers that are the same for every visitor (registered per root field by their
 * domain, e.g. the forum feed), served before GraphQL runs. The key is the normalised operation (parsed
 * and printed) with its variables and the field's current version in the shared store, so a write that
 * bumps the version retires the answers on every instance. Answers carry an ETag (a matching
 * If-None-Match gets 304) and `Cache-Control: public, max-age`, so a proxy may micro-cache them too.
 * Only answers without errors are kept; while the shared store is away nothing is cached.
 */
@Injectable()
export class VisitorResponseCache {
  private readonly rules = new Map<string, Rule>();
  private readonly entries = new Map<string, Entry>();
  private readonly documents = new Map<string, { fields: string[]; normalised: string } | null>();

  constructor(private readonly store: SharedStore) {}

  /** Visitors' answers to queries whose root fields are all registered are cached for `ttlSeconds`. */
  cacheForVisitors(field: string, versionKey: string, ttlSeconds: number): void {
    if (ttlSeconds > 0) this.rules.set(field, { versionKey, ttlSeconds });
  }

  /** The operation's root fields and normalised text, or null when it is not a plain query. */
  private analyse(query: string): { fields: string[]; normalised: string } | null {
    const known = this.documents.get(query);
    if (known !== undefined) return known;
    let result: { fields: string[]; normalised: string } | null = null;
    try {
      const document: DocumentNode = parse(query, { noLocation: true });
      const operations = document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const [operation] = operations;
      if (operations.length === 1 && document.definitions.length === 1 && operation.operation === 'query') {
        const fields = operation.selectionSet.selections.map((s) =>
          s.kind === Kind.FIELD ? s.name.value : '',
        );
        result = { fields, normalised: print(document) };
      }
    } catch {
      result = null;
    }
    if (this.documents.size >= MAX_ENTRIES) this.documents.clear();
    this.documents.set(query, result);
    return result;
  }

  /** The rule that covers the request, with its cache key; null when the request is not cacheable. */
  async keyFor(req: Request): Promise<{ key: string; rule: Rule } | null> {
    if (this.rules.size === 0 || req.method !== 'POST' || req.headers.authorization) return null;
    if (!this.store.available) return null;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (!body || typeof body.query !== 'string' || body.query.length > MAX_QUERY_LENGTH) return null;
    const analysed = this.analyse(body.query);
    if (!analysed || analysed.fields.length === 0) return null;
    const rules = analysed.fields.map((f) => this.rules.get(f));
    if (rules.some((r) => !r)) return null;
    const rule = rules[0] as Rule;
    if (rules.some((r) => r!.versionKey !== rule.versionKey)) return null;
    const version = (await this.store.get(rule.versionKey).catch(() => null)) ?? '0';
    const key = createHash('sha256')
      .update(JSON.stringify([analysed.normalised, body.variables ?? null, body.operationName ?? null]))
      .digest('base64url');
    return { key: `${version}:${key}`, rule };
  }

  get(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  put(key: string, body: string, ttlSeconds: number): Entry {
    if (this.entries.size >= MAX_ENTRIES) {
      const now = Date.now();
      for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    }
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    const entry = { body, etag, expiresAt: Date.now() + ttlSeconds * 1000 };
    this.entries.set(key, entry);
    return entry;
  }
}

function send(req: Request, res: Response, entry: Entry, ttlSeconds: number): void {
  res.setHeader('ETag', entry.etag);
  res.setHeader('Cache-Control', `public, max-age=${ttlSeconds}`);
  res.setHeader('Vary', 'Authorization');
  if (req.headers['if-none-match'] === entry.etag) {
    res.status(304).end();
    return;
  }
  res.status(200).type('application/json; charset=utf-8').send(entry.body);
}

/** Answers cached visitor queries on `/graphql` before GraphQL runs; records the answers of misses. */
@Injectable()
export class VisitorResponseCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: VisitorResponseCache) {}

  async use(req: Request, res: Response, next: NextFunction) {
    let target: Awaited<ReturnType<VisitorResponseCache['keyFor']>> = null;
    try {
      target = await this.cache.keyFor(req);
    } catch {
      target = null;
    }
    if (!target) return next();
    const { key, rule } = target;
    const hit = this.cache.get(key);
    if (hit) return send(req, res, hit, rule.ttlSeconds);

    // A miss: let GraphQL answer, and keep the answer when it is a clean 200.
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    (res as unknown as { end: (...args: unknown[]) => Response }).end = (...args: unknown[]) => {
      const [chunk] = args;
      const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
      if (
        res.statusCode === 200 &&
        body !== null &&
        body.length <= MAX_BODY_BYTES &&
        body.startsWith('{"data"') &&
        !body.includes('"errors"')
      ) {
        const entry = this.cache.put(key, body, rule.ttlSeconds);
        if (!res.headersSent) {
          res.setHeader('ETag', entry.etag);
          res.setHeader('Cache-Control', `public, max-age=${rule.ttlSeconds}`);
          res.setHeader('Vary', 'Authorization');
        }
      }
      return end(...args);
    };
    next();
  }
}
