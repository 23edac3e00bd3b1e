import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '@haven/server/core';
import { CategoryEntity } from './category.entity';
import type { CreateCategoryInput, UpdateCategoryInput } from './dto/category.inputs';
import { FeedCacheService } from './feed-cache.service';
import {
  requireId,
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

/** Forum categories: listed in their order; administrators create, rename and reorder them. */
@Injectable()
export class CategoriesService {
  constructor(
    @InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: FeedCacheService,
  ) {}

  list(): Promise<CategoryEntity[]> {
    return this.categories.find({ order: { position: 'ASC', name: 'ASC' } });
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

  async create(input: CreateCategoryInput): Promise<CategoryEntity> {
    const slug = validateCategorySlug(input.slug);
    const name = validateCategoryName(input.name);
    const description = validateCategoryDescription(input.description ?? '');
    const position = input.position != null ? validatePosition(input.position) : null;
    const created = await this.db
      .transaction(async (manager) => {
        const ordered = await this.lockOrdered(manager);
        const entity = await manager.save(
          manager.create(CategoryEntity, { slug, name, description, position: 0 }),
        );
        ordered.splice(position ?? ordered.length, 0, entity);
        await this.renumber(manager, ordered);
        return entity;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw new ConflictError('A category with that slug already exists.');
        }
        throw error;
      });
    await this.cache.invalidate();
    return this.require(created.id);
  }

  async update(id: string, input: UpdateCategoryInput): Promise<CategoryEntity> {
    requireId(id, 'The category');
    const name = input.name != null ? validateCategoryName(input.name) : null;
    const description = input.description != null ? validateCategoryDescription(input.description) : null;
    const position = input.position != null ? validatePosition(input.position) : null;
    if (name === null && description === null && position === null)
      throw new BadInputError('There is nothing to change.');
    await this.db.transaction(async (manager) => {
      const ordered = await this.lockOrdered(manager);
      const index = ordered.findIndex((c) => c.id === id);
      if (index < 0) throw new NotFoundError('That category');
      const category = ordered[index];
      if (name !== null) category.name = name;
      if (description !== null) category.description = description;
      await manager.update(CategoryEntity, id, { name: category.name, description: category.description });
      if (position !== null) {
        ordered.splice(index, 1);
        ordered.splice(Math.min(position, ordered.length), 0, category);
        await this.renumber(manager, ordered);
      }
    });
    await this.cache.invalidate();
    return this.require(id);
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
