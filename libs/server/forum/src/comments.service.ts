import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ContentKind, ContentStatus } from '@haven/shared/contracts';
import {
  BadInputError,
  ForbiddenError,
  NotFoundError,
  renderMarkdown,
  type Actor,
  type DecisionTransaction,
} from '@haven/server/core';
import { BlocksService } from '@haven/server/identity';
import { SafetyGate, type SafetyCheckObject } from '@haven/server/safety';
import type { CreateCommentInput } from './dto/post.inputs';
import { CommentQueriesService } from './comment-queries.service';
import { FeedCacheService } from './feed-cache.service';
import { ForumLimitsService } from './forum-limits.service';
import { COMMENT_COLUMNS, countsInThread, type CommentRow } from './forum.rows';
import {
  MODERATE_INSTEAD,
  canChange,
  excerptOf,
  lockedError,
  requireId,
  validateCommentBody,
} from './forum.rules';
import { PostQueriesService } from './post-queries.service';
import { RevisionsService } from './revisions.service';
import { commentListedForEveryone, postListedForEveryone } from './visibility';

export interface CommentWriteResult {
  row: CommentRow;
  safety: SafetyCheckObject;
}

/** What a change does to a comment row, inside its transaction. */
type CommentChange = (manager: EntityManager, before: CommentRow) => Promise<CommentRow>;

/**
 * Writing comments. A post's `comment_count` and `last_activity_at` move in the same transaction as
 * the comment, with the comment row locked, so they stay exact under concurrent writes.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostQueriesService,
    private readonly comments: CommentQueriesService,
    private readonly limits: ForumLimitsService,
    private readonly gate: SafetyGate,
    private readonly cache: FeedCacheService,
    private readonly blocks: BlocksService,
    private readonly revisions: RevisionsService,
  ) {}

  async create(actor: Actor, input: CreateCommentInput): Promise<CommentWriteResult> {
    return this.write(actor, requireId(input.postId, 'The post'), null, input.body);
  }

  /**
   * Answers a comment, one level deep: answering a reply answers the comment it replies to, so a
   * thread never nests further.
   */
  async reply(actor: Actor, commentId: string, bodyInput: string): Promise<CommentWriteResult> {
    requireId(commentId, 'The comment');
    const parent = await this.comments.findVisible(commentId, actor);
    if (!parent) throw new NotFoundError('That comment');
    if (!commentListedForEveryone(parent)) {
      throw new BadInputError('This comment is not open for replies.');
    }
    await this.blocks.assertMayReplyTo(actor, parent.author_id);
    return this.write(actor, parent.post_id, parent.parent_id ?? parent.id, bodyInput);
  }

  private async write(
    actor: Actor,
    postId: string,
    parentId: string | null,
    bodyInput: string,
  ): Promise<CommentWriteResult> {
    const body = validateCommentBody(bodyInput);
    const post = await this.posts.findVisible(postId, actor);
    if (!post) throw new NotFoundError('That post');
    if (!postListedForEveryone(post)) {
      throw new BadInputError('This post is not open for comments.');
    }
    if (post.locked) throw lockedError(post.lock_note);
    await this.blocks.assertMayReplyTo(actor, post.author_id);
    await this.limits.consumeWrite(actor);
    const { value: row, safety } = await this.gate.screen({ text: body }, async (assessment) => {
      const status = assessment.heldForReview ? ContentStatus.PENDING_REVIEW : ContentStatus.PUBLISHED;
      const inserted = await this.db.transaction(async (manager) => {
        const [thread] = await manager.query<{ locked: boolean; lock_note: string | null }[]>(
          'SELECT locked, lock_note FROM forum_posts WHERE id = $1 FOR NO KEY UPDATE',
          [postId],
        );
        if (thread?.locked) throw lockedError(thread.lock_note);
        const [created] = await manager.query<CommentRow[]>(
          `INSERT INTO forum_comments AS c (post_id, parent_id, author_id, body, body_html, status)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COMMENT_COLUMNS}`,
          [postId, parentId, actor.id, body, renderMarkdown(body), status],
        );
        if (countsInThread(created)) await this.moveThread(manager, postId, 1, true);
        return created;
      });
      await this.cache.invalidate();
      return {
        value: inserted,
        stored: {
          kind: ContentKind.COMMENT,
          id: inserted.id,
          authorId: actor.id,
          excerpt: excerptOf(body),
          edited: false,
        },
      };
    });
    return { row, safety };
  }

  async update(actor: Actor, id: string, bodyInput: string): Promise<CommentWriteResult> {
    requireId(id, 'The comment');
    const body = validateCommentBody(bodyInput);
    await this.requireChangeable(actor, id, 'edit');
    await this.limits.consumeWrite(actor);
    const { value: row, safety } = await this.gate.screen({ text: body }, async (assessment) => {
      const updated = await this.change(id, async (manager, before) => {
        if (before.deleted_at) throw new BadInputError('This comment was deleted and cannot be edited.');
        const held = assessment.heldForReview && before.status === ContentStatus.PUBLISHED;
        if (before.body !== body) {
          await this.revisions.keep(manager, 'COMMENT', id, { title: null, body: before.body }, actor.id);
        }
        const [[changed]] = await manager.query<[CommentRow[], number]>(
          `UPDATE forum_comments c SET body = $2, body_html = $3, updated_at = now(),
             status = CASE WHEN $4::boolean THEN 'PENDING_REVIEW' ELSE c.status END
           WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`,
          [id, body, renderMarkdown(body), held],
        );
        return changed;
      });
      return {
        value: updated,
        stored: {
          kind: ContentKind.COMMENT,
          id,
          authorId: updated.author_id,
          excerpt: excerptOf(body),
          edited: true,
        },
      };
    });
    return { row, safety };
  }

  /**
   * The author deletes: the comment stays in the thread as "[deleted]" with its text erased. Anyone else
   * is refused (moderators remove through moderation).
   */
  async delete(actor: Actor, id: string): Promise<boolean> {
    requireId(id, 'The comment');
    const comment = await this.requireChangeable(actor, id, 'delete');
    if (comment.deleted_at) return true;
    await this.change(id, async (manager) => {
      const [[updated]] = await manager.query<[CommentRow[], number]>(
        `UPDATE forum_comments c SET deleted_at = coalesce(c.deleted_at, now()), updated_at = now(), body = '',
           body_html = ''
         WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`,
        [id],
      );
      await this.revisions.erase(manager, 'COMMENT', id);
      return updated;
    });
    return true;
  }

  /** Moderation outcomes (inside the decision's transaction `tx`) and moderator removals. */
  async setStatus(id: string, status: ContentStatus, tx?: DecisionTransaction): Promise<void> {
    await this.change(
      id,
      async (manager) => {
        const [[updated]] = await manager.query<[CommentRow[], number]>(
          `UPDATE forum_comments c SET status = $2 WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`,
          [id, status],
        );
        return updated;
      },
      tx,
    );
  }

  /**
   * Changes one comment with its row locked and moves its post's counter by the difference; inside
   * `tx` when given (the cache is then cleared after that transaction commits).
   */
  private async change(id: string, apply: CommentChange, tx?: DecisionTransaction): Promise<CommentRow> {
    const work = async (manager: EntityManager) => {
      const [before] = await manager.query<CommentRow[]>(
        `SELECT ${COMMENT_COLUMNS} FROM forum_comments c WHERE c.id = $1 FOR UPDATE`,
        [id],
      );
      if (!before) throw new NotFoundError('That comment');
      const after = await apply(manager, before);
      const delta = Number(countsInThread(after)) - Number(countsInThread(before));
      if (delta !== 0) await this.moveThread(manager, after.post_id, delta, false);
      return after;
    };
    if (tx) {
      const row = await work(tx.manager);
      tx.afterCommit(() => this.cache.invalidate());
      return row;
    }
    const row = await this.db.transaction(work);
    await this.cache.invalidate();
    return row;
  }

  /** Moves a post's comment counter (and, for a new visible comment, its last activity). */
  private async moveThread(
    manager: EntityManager,
    postId: string,
    delta: number,
    activity: boolean,
  ): Promise<void> {
    await manager.query(
      `UPDATE forum_posts SET comment_count = comment_count + $2,
         last_activity_at = CASE WHEN $3::boolean THEN greatest(last_activity_at, now()) ELSE last_activity_at END
       WHERE id = $1`,
      [postId, delta, activity],
    );
  }

  private async requireChangeable(actor: Actor, id: string, verb: 'edit' | 'delete'): Promise<CommentRow> {
    const comment = await this.comments.findVisible(id, actor);
    if (!comment) throw new NotFoundError('That comment');
    if (!canChange({ authorId: comment.author_id }, actor)) {
      throw new ForbiddenError(MODERATE_INSTEAD);
    }
    if (verb === 'edit' && comment.deleted_at)
      throw new BadInputError('This comment was deleted and cannot be edited.');
    return comment;
  }
}
