// The baseline of the feed benchmark: node:http + pg answering the first feed page (the same rows the
// GraphQL `posts(first: 20)` query returns, with author, category and reaction counts) as JSON.
// Started as a child process by feed.bench.ts; reads DATABASE_URL and PORT.
import { createServer } from 'node:http';
import { Pool } from 'pg';

const FEED_SQL = `
  SELECT p.id, p.title, p.body_html AS "bodyHtml", p.tags, p.content_warnings AS "contentWarnings", p.status,
    p.comment_count AS "commentCount", p.created_at AS "createdAt", p.last_activity_at AS "lastActivityAt",
    json_build_object('id', u.id, 'handle', u.handle, 'journeyStage', u.journey_stage) AS author,
    json_build_object('id', c.id, 'slug', c.slug, 'name', c.name) AS category,
    (SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'count', r.n)), '[]'::json)
       FROM (SELECT kind, count(*)::int AS n FROM forum_reactions
             WHERE target_kind = 'POST' AND target_id = p.id GROUP BY kind) r) AS reactions
  FROM forum_posts p
  JOIN users u ON u.id = p.author_id
  JOIN forum_categories c ON c.id = p.category_id
  WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL
  ORDER BY p.last_activity_at DESC, p.id DESC
  LIMIT 21`;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200).end('ok');
    return;
  }
  // Drain the request body (the benchmark posts the same GraphQL document to both servers).
  req.resume();
  req.on('end', () => {
    pool.query(FEED_SQL).then(
      ({ rows }) => {
        const nodes = rows.slice(0, 20);
        const body = JSON.stringify({
          data: {
            posts: {
              nodes,
              pageInfo: { hasNextPage: rows.length > 20, endCursor: nodes.at(-1)?.id ?? null },
            },
          },
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      (error: unknown) => {
        res.writeHead(500).end(String(error));
      },
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
