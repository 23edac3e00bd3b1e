import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ContentKind, ContentStatus, type ContentWarning } from '@haven/shared/contracts';
import {
  BadInputError,
  ForbiddenError,
  NotFoundError,
  renderMarkdown,
  type Actor,
  type DecisionTransaction,
} from '@haven/server/core';
import { SafetyGate, type SafetyCheckObject } from '@haven/server/safety';
import type { CreatePostInput, UpdatePostInput } from './dto/post.inputs';
import { FeedCacheService } from './feed-cache.service';
import { ForumLimitsService } from './forum-limits.service';
import { POST_COLUMNS, type PostRow } from './forum.rows';
import {
  archivedCategoryError,
  canChange,
  MODERATE_INSTEAD,
  excerptOf,
  mergeWarnings,
  requireId,
  validatePostBody,
  validateTags,
  validateTitle,
  validateWarnings,
} from './forum.rules';
import { PostQueriesService } from './post-queries.service';
import { RevisionsService } from './revisions.service';
import { MemberTrustService } from './trust/member-trust.service';

export interface PostWriteResult {
  row: PostRow;
  safety: SafetyCheckObject;
}

/** Writing posts: create, edit and delete, with the safety checks and the moderation event. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queries: PostQueriesService,
    private readonly limits: ForumLimitsService,
    private readonly gate: SafetyGate,
    private readonly cache: FeedCacheService,
    private readonly revisions: RevisionsService,
    private readonly trust: MemberTrustService,
  ) {}

  async create(actor: Actor, input: CreatePostInput): Promise<PostWriteResult> {
    const categoryId = requireId(input.categoryId, 'The category');
    const title = validateTitle(input.title);
    const body = validatePostBody(input.body);
    const tags = validateTags(input.tags);
    const warnings = validateWarnings(input.contentWarnings);
    const [category] = await this.db.query<{ id: string; archived_at: Date | null }[]>(
      'SELECT id, archived_at FROM forum_categories WHERE id = $1',
      [categoryId],
    );
    if (!category) throw new NotFoundError('That category');
    if (category.archived_at) throw archivedCategoryError();
    await this.limits.consumeWrite(actor);

    // A new member's posts are reviewed, and links in them wait for review (trust/trust.rules).
    const newMember = await this.trust.isNewMember(actor);
    const { value: row, safety } = await this.gate.screen(
      { text: `${title}\n\n${body}`, holdLinks: newMember },
      async (assessment) => {
        const status = assessment.heldForReview ? ContentStatus.PENDING_REVIEW : ContentStatus.PUBLISHED;
        const [inserted] = await this.db.query<PostRow[]>(
          `INSERT INTO forum_posts AS p (category_id, author_id, title, body, body_html, tags, content_warnings, status, crisis_support)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${POST_COLUMNS}`,
          [
            categoryId,
            actor.id,
            title,
            body,
            renderMarkdown(body),
            tags,
            mergeWarnings(warnings, assessment.addWarnings),
            status,
            assessment.crisisDetected,
          ],
        );
        await this.cache.invalidate();
        return {
          value: inserted,
          stored: {
            kind: ContentKind.POST,
            id: inserted.id,
            authorId: actor.id,
            excerpt: excerptOf(title, body),
            edited: false,
            ...(newMember ? { review: 'NEW_MEMBER' as const } : {}),
          },
        };
      },
    );
    return { row, safety };
  }

  async update(actor: Actor, id: string, input: UpdatePostInput): Promise<PostWriteResult> {
    requireId(id, 'The post');
    const title = input.title != null ? validateTitle(input.title) : null;
    const body = input.body != null ? validatePostBody(input.body) : null;
    const tags = input.tags != null ? validateTags(input.tags) : null;
    const warnings = input.contentWarnings != null ? validateWarnings(input.contentWarnings) : null;
    if (title === null && body === null && tags === null && warnings === null) {
      throw new BadInputError('There is nothing to change.');
    }
    const post = await this.requireChangeable(actor, id);
    await this.limits.consumeWrite(actor);

    const nextTitle = title ?? post.title;
    const nextBody = body ?? post.body;
    // Links wait for review in a new member's edits too (only authors edit).
    const newMember = await this.trust.isNewMember(actor);
    const { value: row, safety } = await this.gate.screen(
      { text: `${nextTitle}\n\n${nextBody}`, holdLinks: newMember },
      async (assessment) => {
        const held = assessment.heldForReview && post.status === ContentStatus.PUBLISHED;
        const nextWarnings: ContentWarning[] = mergeWarnings(
          warnings ?? post.content_warnings,
          assessment.addWarnings,
        );
        const updated = await this.db.transaction(async (manager) => {
          const [before] = await manager.query<{ title: string; body: string }[]>(
            'SELECT title, body FROM forum_posts WHERE id = $1 FOR UPDATE',
            [id],
          );
          if (before && (before.title !== nextTitle || before.body !== nextBody)) {
            await this.revisions.keep(manager, 'POST', id, before, actor.id);
          }
          const [[changed]] = await manager.query<[PostRow[], number]>(
            `UPDATE forum_posts p SET title = $2, body = $3, body_html = $4, tags = $5, content_warnings = $6,
               status = CASE WHEN $7::boolean THEN 'PENDING_REVIEW' ELSE p.status END, updated_at = now()
             WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
            [id, nextTitle, nextBody, renderMarkdown(nextBody), tags ?? post.tags, nextWarnings, held],
          );
          return changed;
        });
        await this.cache.invalidate();
        return {
          value: updated,
          stored: {
            kind: ContentKind.POST,
            id,
            authorId: post.author_id,
            excerpt: excerptOf(nextTitle, nextBody),
            edited: true,
            ...(newMember ? { review: 'NEW_MEMBER' as const } : {}),
          },
        };
      },
    );
    return { row, safety };
  }

  /**
   * The author deletes: the post stays as "[deleted]" so its thread remains readable, its text is
   * erased. Anyone else is refused (moderators remove through moderation).
   */
  async delete(actor: Actor, id: string): Promise<boolean> {
    requireId(id, 'The post');
    const post = await this.queries.findVisible(id, actor);
    if (!post) throw new NotFoundError('That post');
    if (post.deleted_at) return true;
    if (actor.id === post.author_id) {
      await this.db.transaction(async (manager) => {
        await manager.query(
          `UPDATE forum_posts SET deleted_at = now(), updated_at = now(), title = '', body = '', body_html = '',
             tags = '{}', content_warnings = '{}'
           WHERE id = $1 AND deleted_at IS NULL`,
          [id],
        );
        await this.revisions.erase(manager, 'POST', id);
      });
    } else {
      throw new ForbiddenError(MODERATE_INSTEAD);
    }
    await this.cache.invalidate();
    return true;
  }

  /** Moderation outcomes (inside the decision's transaction `tx`) and moderator removals. */
  async setStatus(id: string, status: ContentStatus, tx?: DecisionTransaction): Promise<void> {
    const result = await (tx?.manager ?? this.db).query<[unknown[], number]>(
      'UPDATE forum_posts SET status = $2 WHERE id = $1 RETURNING id',
      [id, status],
    );
    if (result[1] === 0) throw new NotFoundError('That post');
    if (tx) tx.afterCommit(() => this.cache.invalidate());
    else await this.cache.invalidate();
  }

  private async requireChangeable(actor: Actor, id: string): Promise<PostRow> {
    const post = await this.queries.findVisible(id, actor);
    if (!post) throw new NotFoundError('That post');
    if (!canChange({ authorId: post.author_id }, actor)) throw new ForbiddenError(MODERATE_INSTEAD);
    if (post.deleted_at) throw new BadInputError('This post was deleted and cannot be edited.');
    return post;
  }
}
