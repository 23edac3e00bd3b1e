import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { requestLog } from './request-log';

async function serve(
  level: string,
): Promise<{ url: string; lines: Record<string, unknown>[]; server: Server }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const app = express();
  app.use(requestLog(pino({ level }, sink)));
  app.get('/health', (_req, res) => res.send('ok'));
  app.get('/fail', (_req, res) => res.status(503).send('down'));
  app.post('/graphql', (_req, res) => res.json({ data: {} }));
  const server = await new Promise<Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines, server };
}

const settle = () => new Promise((done) => setTimeout(done, 20));

describe('the request log', () => {
  it('writes one short line per answer: id, method, path, status and time, never the headers', async () => {
    const { url, lines, server } = await serve('info');
    try {
      const res = await fetch(`${url}/graphql?secret=1`, {
        method: 'POST',
        headers: { authorization: 'Bearer very-secret', cookie: 'a=b', 'x-request-id': 'abc-123' },
      });
      expect(res.headers.get('x-request-id')).toBe('abc-123');
      await settle();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 30,
        msg: 'request completed',
        req: { id: 'abc-123', method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
      });
      expect(typeof lines[0].responseTime).toBe('number');
      const text = JSON.stringify(lines);
      expect(text).not.toMatch(/very-secret|cookie|authorization|secret=1/);
    } finally {
      server.close();
    }
  });

  it('gives every request an id, skips health checks and logs 5xx as errors', async () => {
    const { url, lines, server } = await serve('info');
    try {
      const health = await fetch(`${url}/health`, { headers: { 'x-request-id': 'not a plain token!' } });
      expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await fetch(`${url}/fail`);
      await settle();
      expect(lines.map((l) => [l.level, l.msg, (l.res as { statusCode: number }).statusCode])).toEqual([
        [50, 'request errored', 503],
      ]);
    } finally {
      server.close();
    }
  });

  it('writes only the failures when the level is above info', async () => {
    const { url, lines, server } = await serve('warn');
    try {
      const res = await fetch(`${url}/graphql`, { method: 'POST' });
      expect(res.headers.get('x-request-id')).toBeTruthy();
      await fetch(`${url}/fail`);
      await settle();
      expect(lines.map((l) => l.msg)).toEqual(['request errored']);
    } finally {
      server.close();
    }
  });
});
