import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ContentStatus, WatchLevel } from '@haven/shared/contracts';
import { BadInputError, NotFoundError, type Actor } from '@haven/server/core';
import { CategoriesService, PostQueriesService, type PostRow } from '@haven/server/forum';
import { NotificationsService } from './notifications.service';

const LEVELS = new Set<string>(Object.values(WatchLevel));

function requireLevel(level: unknown): WatchLevel {
  if (typeof level !== 'string' || !LEVELS.has(level))
    throw new BadInputError('That watch level is not known.', { argument: 'level' });
  return level as WatchLevel;
}

function requireId(id: unknown, what: string): string {
  if (typeof id !== 'string' || !isUUID(id)) throw new BadInputError(`${what} id is not valid.`);
  return id;
}

/**
 * Who follows what. Authors and commenters watch a post automatically (unless they chose a level
 * already); a member may watch, follow normally or mute a post, and watch a category.
 */
@Injectable()
export class WatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostQueriesService,
    private readonly categories: CategoriesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Watches the post unless the member already chose a level for it. */
  async watchAutomatically(userId: string, postId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_post_watches (user_id, post_id, level) VALUES ($1, $2, 'WATCHING')
       ON CONFLICT (user_id, post_id) DO NOTHING`,
      [userId, postId],
    );
  }

  async setPostWatch(actor: Actor, postIdInput: string, levelInput: unknown): Promise<PostRow> {
    const postId = requireId(postIdInput, 'The post');
    const level = requireLevel(levelInput);
    const post = await this.posts.findVisible(postId, actor);
    if (!post || post.status !== ContentStatus.PUBLISHED) throw new NotFoundError('That post');
    await this.notifications.consume(actor.id);
    await this.db.query(
      `INSERT INTO notification_post_watches (user_id, post_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, post_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [actor.id, postId, level],
    );
    return post;
  }

  async setCategoryWatch(actor: Actor, categoryIdInput: string, levelInput: unknown) {
    const categoryId = requireId(categoryIdInput, 'The category');
    const level = requireLevel(levelInput);
    const [category] = await this.categories.findByIds([categoryId]);
    if (!category) throw new NotFoundError('That category');
    await this.notifications.consume(actor.id);
    await this.db.query(
      `INSERT INTO notification_category_watches (user_id, category_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [actor.id, categoryId, level],
    );
    return category;
  }

  /** The member's level on each post, in the order asked (NORMAL where they chose nothing). One query. */
  async postLevels(userId: string, postIds: readonly string[]): Promise<WatchLevel[]> {
    return this.levels('notification_post_watches', 'post_id', userId, postIds);
  }

  async categoryLevels(userId: string, categoryIds: readonly string[]): Promise<WatchLevel[]> {
    return this.levels('notification_category_watches', 'category_id', userId, categoryIds);
  }

  private async levels(
    table: string,
    column: string,
    userId: string,
    ids: readonly string[],
  ): Promise<WatchLevel[]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows =
      valid.length > 0
        ? await this.db.query<{ id: string; level: WatchLevel }[]>(
            `SELECT ${column} AS id, level FROM ${table} WHERE user_id = $1 AND ${column} = ANY($2::uuid[])`,
            [userId, valid],
          )
        : [];
    const byId = new Map(rows.map((r) => [r.id, r.level]));
    return ids.map((id) => byId.get(id) ?? WatchLevel.NORMAL);
  }
}
