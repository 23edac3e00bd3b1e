import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, IsNull, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { ModerationAction } from '@haven/shared/contracts';
import {
  BadInputError,
  CATALOG_CHANGED_EVENT,
  ConflictError,
  ModerationRecorder,
  NotFoundError,
  runDecision,
  type Actor,
  type CatalogChangedEvent,
  type DecisionTransaction,
} from '@haven/server/core';
import { CategoryEntity } from './category.entity';
import type { CreateCategoryInput, UpdateCategoryInput } from './dto/category.inputs';
import { FeedCacheService } from './feed-cache.service';
import {
  describeCategoryChange,
  requireId,
  validateArchived,
  validateCategoryDescription,
  validateCategoryName,
  validateCategorySlug,
  validatePosition,
} from './forum.rules';
import { Surface, postVisibilitySql, type Viewer } from './visibility';

export interface CategoryStats {
  postCount: number;
  lastActivityAt: Date | null;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Forum categories: listed in their order; administrators create, rename, describe, reorder and archive
 * them, each change in the moderation log with it. Archived categories leave the list (administrators
 * can still ask for them) and take no new posts; their posts stay readable.
 */
@Injectable()
export class CategoriesService {
  constructor(
    @InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: FeedCacheService,
    private readonly recorder: ModerationRecorder,
    private readonly events: EventEmitter2,
  ) {}

  list(includeArchived = false): Promise<CategoryEntity[]> {
    return this.categories.find({
      where: includeArchived ? {} : { archivedAt: IsNull() },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  async findBySlug(slug: string): Promise<CategoryEntity | null> {
    if (typeof slug !== 'string' || slug.length > 60) return null;
    return this.categories.findOne({ where: { slug: slug.trim().toLowerCase() } });
  }

  async findByIds(ids: readonly string[]): Promise<(CategoryEntity | null)[]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows = valid.length > 0 ? await this.categories.find({ where: { id: In(valid) } }) : [];
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * The posts `viewer` would list in each category (the forum's visibility rule, filters included, so
   * a count matches the category's list) and their latest activity. One query for the batch.
   */
  async statsFor(ids: readonly string[], viewer: Viewer): Promise<CategoryStats[]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const params: unknown[] = [valid];
    const visible = postVisibilitySql(viewer, params, Surface.LIST);
    const rows =
      valid.length > 0
        ? await this.db.query<{ category_id: string; post_count: number; last_activity_at: Date | null }[]>(
            `SELECT p.category_id, count(*)::int AS post_count, max(p.last_activity_at) AS last_activity_at
             FROM forum_posts p
             WHERE p.category_id = ANY($1::uuid[]) AND ${visible}
             GROUP BY p.category_id`,
            params,
          )
        : [];
    const byId = new Map(rows.map((r) => [r.category_id, r]));
    return ids.map((id) => {
      const row = byId.get(id);
      return { postCount: row?.post_count ?? 0, lastActivityAt: row?.last_activity_at ?? null };
    });
  }

  async create(actor: Actor, input: CreateCategoryInput): Promise<CategoryEntity> {
    const slug = validateCategorySlug(input.slug);
    const name = validateCategoryName(input.name);
    const description = validateCategoryDescription(input.description ?? '');
    const position = input.position != null ? validatePosition(input.position) : null;
    const created = await runDecision(this.db, async (tx) => {
      const ordered = await this.lockOrdered(tx.manager);
      const entity = await tx.manager.save(
        tx.manager.create(CategoryEntity, { slug, name, description, position: 0 }),
      );
      ordered.splice(position ?? ordered.length, 0, entity);
      await this.renumber(tx.manager, ordered);
      await this.log(actor, entity.id, `Created the category “${name}” (${slug}).`, tx);
      return entity;
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictError('A category with that slug already exists.', { field: 'slug' });
      }
      throw error;
    });
    return this.require(created.id);
  }

  async update(actor: Actor, id: string, input: UpdateCategoryInput): Promise<CategoryEntity> {
    requireId(id, 'The category');
    const name = input.name != null ? validateCategoryName(input.name) : null;
    const description = input.description != null ? validateCategoryDescription(input.description) : null;
    const position = input.position != null ? validatePosition(input.position) : null;
    const archived = input.archived != null ? validateArchived(input.archived) : null;
    if (name === null && description === null && position === null && archived === null)
      throw new BadInputError('There is nothing to change.');
    await runDecision(this.db, async (tx) => {
      const ordered = await this.lockOrdered(tx.manager);
      const index = ordered.findIndex((c) => c.id === id);
      if (index < 0) throw new NotFoundError('That category');
      const category = ordered[index];
      const before = { ...category };
      if (name !== null) category.name = name;
      if (description !== null) category.description = description;
      if (archived !== null && archived !== (category.archivedAt !== null)) {
        category.archivedAt = archived ? new Date() : null;
      }
      await tx.manager.update(CategoryEntity, id, {
        name: category.name,
        description: category.description,
        archivedAt: category.archivedAt,
      });
      if (position !== null) {
        ordered.splice(index, 1);
        ordered.splice(Math.min(position, ordered.length), 0, category);
        await this.renumber(tx.manager, ordered);
      }
      const moved = position !== null && ordered.indexOf(category) !== index;
      const note = describeCategoryChange(before, category, moved ? ordered.indexOf(category) : null);
      if (note) await this.log(actor, id, note, tx);
    });
    return this.require(id);
  }

  /** The log entry, and after the commit: the feed cache cleared and members' lists told. */
  private async log(actor: Actor, id: string, note: string, tx: DecisionTransaction): Promise<void> {
    await this.recorder.record(
      {
        actorId: actor.id,
        action: ModerationAction.CATEGORY_CHANGED,
        contentKind: null,
        contentId: id,
        targetUserId: null,
        note,
      },
      tx,
    );
    tx.afterCommit(() => this.cache.invalidate());
    tx.afterCommit(() => {
      const event: CatalogChangedEvent = { catalog: 'categories' };
      this.events.emit(CATALOG_CHANGED_EVENT, event);
    });
  }

  private async require(id: string): Promise<CategoryEntity> {
    const category = await this.categories.findOne({ where: { id } });
    if (!category) throw new NotFoundError('That category');
    return category;
  }

  /** Every category in order, with the table locked against other writers until the transaction ends. */
  private async lockOrdered(manager: EntityManager): Promise<CategoryEntity[]> {
    await manager.query('LOCK TABLE forum_categories IN SHARE ROW EXCLUSIVE MODE');
    return manager.getRepository(CategoryEntity).find({ order: { position: 'ASC', name: 'ASC' } });
  }

  private async renumber(manager: EntityManager, ordered: CategoryEntity[]): Promise<void> {
    await manager.query(
      `UPDATE forum_categories c SET position = v.position
       FROM unnest($1::uuid[], $2::int[]) AS v(id, position) WHERE c.id = v.id AND c.position <> v.position`,
      [ordered.map((c) => c.id), ordered.map((_, i) => i)],
    );
  }
}
