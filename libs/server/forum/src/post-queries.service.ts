import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { PostSort } from '@haven/shared/contracts';
import {
  HEADLINE_OPTIONS,
  TIME_ID,
  cursorCodec,
  pageSize,
  preparedQuery,
  prefixTsQuery,
  type Actor,
  type CursorField,
  type Page,
} from '@haven/server/core';
import { feedExtrasSql, type FeedPageRow } from './feed-page.sql';
import { POST_COLUMNS, type PostRow } from './forum.rows';
import { validateSearchQuery, validateTagFilter } from './forum.rules';
import { Surface, commentVisibilitySql, mayOpenPost, postVisibilitySql } from './visibility';

export interface PostListArgs {
  categorySlug?: string | null;
  tag?: string | null;
  sort?: PostSort | null;
  first?: number | null;
  after?: string | null;
}

const SEARCH_CURSOR = cursorCodec('R', ['float', 'id']);

/** A search result: the post, its rank, and the raw ts_headline of where it matched. */
export interface SearchPostRow extends PostRow {
  rank: number;
  snippet_raw: string | null;
  snippet_in_reply: boolean;
}

interface Ordering {
  order: string;
  after: (n: number) => string;
  decode: (cursor: string) => unknown[];
  page: <R extends PostRow>(rows: R[], limit: number) => Page<R>;
}

/** A sort: its columns (all descending), their SQL types, cursor tag and the key of a row. */
interface SortSpec {
  tag: string;
  columns: string[];
  casts: string[];
  shape: CursorField[];
  key: (row: PostRow) => (string | number)[];
}

const SORTS: Record<PostSort, SortSpec> = {
  [PostSort.LATEST_ACTIVITY]: {
    tag: 'A',
    columns: ['p.last_activity_at', 'p.id'],
    casts: ['timestamptz', 'uuid'],
    shape: [...TIME_ID],
    key: (r) => [r.activity_key, r.id],
  },
  [PostSort.NEWEST]: {
    tag: 'N',
    columns: ['p.created_at', 'p.id'],
    casts: ['timestamptz', 'uuid'],
    shape: [...TIME_ID],
    key: (r) => [r.created_key, r.id],
  },
  [PostSort.MOST_SUPPORTED]: {
    tag: 'S',
    columns: ['p.reaction_count', 'p.created_at', 'p.id'],
    casts: ['int', 'timestamptz', 'uuid'],
    shape: ['int', 'time', 'id'],
    key: (r) => [r.reaction_count, r.created_key, r.id],
  },
};

/** Pinned first (a category's list): the pin flag leads the sort key and the cursor. */
const PINNED_SPEC = { column: '(p.pinned::int)', cast: 'int', field: 'int' as const, tag: 'P' };

function orderingOf(spec: SortSpec, pinnedFirst: boolean): Ordering {
  const columns = pinnedFirst ? [PINNED_SPEC.column, ...spec.columns] : spec.columns;
  const casts = pinnedFirst ? [PINNED_SPEC.cast, ...spec.casts] : spec.casts;
  const codec = cursorCodec(
    pinnedFirst ? `${PINNED_SPEC.tag}${spec.tag}` : spec.tag,
    pinnedFirst ? [PINNED_SPEC.field, ...spec.shape] : spec.shape,
  );
  const key = pinnedFirst ? (r: PostRow) => [Number(r.pinned), ...spec.key(r)] : spec.key;
  return {
    order: columns.map((c) => `${c} DESC`).join(', '),
    after: (n) => `(${columns.join(', ')}) < (${casts.map((cast, i) => `$${n + i}::${cast}`).join(', ')})`,
    decode: (cursor) => codec.decode(cursor),
    page: (rows, limit) => codec.page(rows, limit, (r) => key(r) as never),
  };
}

const ORDERINGS = Object.fromEntries(
  Object.values(PostSort).map((sort) => [
    sort,
    [orderingOf(SORTS[sort], false), orderingOf(SORTS[sort], true)],
  ]),
) as Record<PostSort, [Ordering, Ordering]>;

/** Reading posts: the feed, search, and single posts. Every list is one SQL query. */
@Injectable()
export class PostQueriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(args: PostListArgs, actor: Actor | null): Promise<Page<PostRow>> {
    const { sql, params, ordering, limit } = this.listSql(args, actor);
    return ordering.page(await this.db.query<PostRow[]>(sql, params), limit);
  }

  /**
   * The same page as `list`, in the same one statement, with everything its feed shows per post:
   * author, category, reaction counts and, for a member, their own reactions and whether they block
   * the author (`FeedPageRow`). The extras are computed for the page's rows only. A prepared statement:
   * the feed is the hottest read, and planning its text cost as much as running it.
   */
  async feedPage(args: PostListArgs, actor: Actor | null): Promise<Page<FeedPageRow>> {
    const { sql, params, ordering, limit } = this.listSql(args, actor);
    const extras = feedExtrasSql(actor, params);
    const rows = await preparedQuery<FeedPageRow>(
      this.db,
      `SELECT p.*, ${extras} FROM (${sql}) p ORDER BY ${ordering.order}`,
      params,
    );
    return ordering.page(rows, limit);
  }

  /** The SQL of one page of posts the reader may list, newest key first, one row more than the page. */
  private listSql(args: PostListArgs, actor: Actor | null) {
    const limit = pageSize(args.first);
    const ordering = ORDERINGS[args.sort ?? PostSort.LATEST_ACTIVITY][args.categorySlug ? 1 : 0];
    const tag = validateTagFilter(args.tag);
    const params: unknown[] = [];
    const where = [postVisibilitySql(actor, params, Surface.LIST)];
    if (args.categorySlug) {
      params.push(args.categorySlug.trim().toLowerCase().slice(0, 60));
      where.push(`p.category_id = (SELECT id FROM forum_categories WHERE slug = $${params.length})`);
    }
    if (tag) {
      params.push([tag]);
      where.push(`p.tags @> $${params.length}::varchar[]`);
    }
    if (args.after) {
      const key = ordering.decode(args.after);
      where.push(ordering.after(params.length + 1));
      params.push(...key);
    }
    // The limit is a literal (`pageSize` checked it is an integer in range): with a parameter there,
    // PostgreSQL's generic plan of the prepared feed statement would assume a tenth of the table and
    // never be chosen, so every run would be planned again.
    const sql = `SELECT ${POST_COLUMNS} FROM forum_posts p WHERE ${where.join(' AND ')}
       ORDER BY ${ordering.order} LIMIT ${limit + 1}`;
    return { sql, params, ordering, limit };
  }

  /**
   * Full-text search over the posts the reader may list and the comments they may list, every word of
   * the search matched as a word prefix, best first: a post's own rank (title above body) plus half the
   * rank of its best matching comment; each with the fragment where the words matched (ts_headline,
   * made safe), from the post or from the best reply the reader may see.
   */
  async search(
    query: string,
    first: number | null | undefined,
    after: string | null | undefined,
    actor: Actor | null,
  ): Promise<Page<SearchPostRow>> {
    const text = validateSearchQuery(query);
    const limit = pageSize(first);
    const tsquery = prefixTsQuery(text);
    if (tsquery === null) return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
    const params: unknown[] = [tsquery, HEADLINE_OPTIONS];
    let afterSql = '';
    if (after) {
      const [rank, id] = SEARCH_CURSOR.decode(after);
      params.push(rank, id);
      afterSql = `WHERE (r.rank, r.id) < ($3::float8, $4::uuid)`;
    }
    const posts = postVisibilitySql(actor, params, Surface.LIST);
    const comments = commentVisibilitySql(actor, params, Surface.LIST);
    params.push(limit + 1);
    const rows = await this.db.query<SearchPostRow[]>(
      `WITH q AS (SELECT to_tsquery('english', $1) AS query),
       matches AS (
         SELECT p.id FROM forum_posts p, q
          WHERE p.search_vector @@ q.query AND ${posts}
         UNION
         SELECT c.post_id FROM forum_comments c, q WHERE c.search_vector @@ q.query AND ${comments}
       ),
       ranked AS (
         SELECT ${POST_COLUMNS},
           (ts_rank(p.search_vector, q.query) + 0.5 * coalesce((
             SELECT max(ts_rank(c.search_vector, q.query)) FROM forum_comments c
              WHERE c.post_id = p.id AND c.search_vector @@ q.query AND ${comments}
           ), 0))::float8 AS rank
         FROM forum_posts p JOIN matches m ON m.id = p.id, q
         WHERE ${posts}
       ),
       page AS (SELECT * FROM ranked r ${afterSql} ORDER BY r.rank DESC, r.id DESC LIMIT $${params.length})
       SELECT page.*, s.snippet_raw, s.snippet_in_reply
         FROM page, q, LATERAL (
           SELECT CASE WHEN to_tsvector('english', page.body) @@ q.query OR reply.body IS NULL
                       THEN ts_headline('english', page.body, q.query, $2)
                       ELSE ts_headline('english', reply.body, q.query, $2) END AS snippet_raw,
                  NOT (to_tsvector('english', page.body) @@ q.query) AND reply.body IS NOT NULL
                    AS snippet_in_reply
             FROM (SELECT 1) one
             LEFT JOIN LATERAL (
               SELECT c.body FROM forum_comments c
                WHERE c.post_id = page.id AND c.search_vector @@ q.query AND ${comments}
                ORDER BY ts_rank(c.search_vector, q.query) DESC, c.id LIMIT 1
             ) reply ON true
         ) s
        ORDER BY page.rank DESC, page.id DESC`,
      params,
    );
    return SEARCH_CURSOR.page(rows, limit, (r) => [r.rank, r.id]);
  }

  /** Posts by id in the order asked (null where missing), whatever their status: callers decide. */
  async findByIds(ids: readonly string[]): Promise<(PostRow | null)[]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows =
      valid.length > 0
        ? await this.db.query<PostRow[]>(
            `SELECT ${POST_COLUMNS} FROM forum_posts p WHERE p.id = ANY($1::uuid[])`,
            [valid],
          )
        : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** A post the reader may see (deleted posts stay readable as "[deleted]"), or null. */
  async findVisible(id: string, actor: Actor | null): Promise<PostRow | null> {
    if (!isUUID(id)) return null;
    const [row] = await this.findByIds([id]);
    return row && mayOpenPost(actor, row) ? row : null;
  }
}
