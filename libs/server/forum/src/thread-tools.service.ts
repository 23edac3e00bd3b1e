import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import {
  BadInputError,
  ModerationRecorder,
  NotFoundError,
  runDecision,
  type Actor,
  type DecisionTransaction,
} from '@haven/server/core';
import { FeedCacheService } from './feed-cache.service';
import { ForumLimitsService } from './forum-limits.service';
import { POST_COLUMNS, type PostRow } from './forum.rows';
import { archivedCategoryError, requireId, validateLockNote } from './forum.rules';

interface ToolChange {
  /** The SET clause, with the post id as $1 and the tool's values from $2. */
  set: string;
  values: unknown[];
  action: ModerationAction;
  note: (before: PostRow) => string;
}

/**
 * Moderators' thread tools: pin a post first in its category, lock it against new comments with a
 * note, move it to another category. Each change and its moderation log entry commit together; the
 * feed cache clears after the commit. Asking for the state a post already has changes nothing.
 */
@Injectable()
export class ThreadToolsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly limits: ForumLimitsService,
    private readonly recorder: ModerationRecorder,
    private readonly cache: FeedCacheService,
  ) {}

  async pin(actor: Actor, id: string, pinned: unknown): Promise<PostRow> {
    requireId(id, 'The post');
    const value = requireBoolean(pinned, 'pinned');
    return this.apply(actor, id, (before) =>
      before.pinned === value
        ? null
        : {
            set: 'pinned = $2',
            values: [value],
            action: ModerationAction.POST_PINNED,
            note: () => (value ? 'Pinned.' : 'Unpinned.'),
          },
    );
  }

  async lock(actor: Actor, id: string, locked: unknown, noteInput: unknown): Promise<PostRow> {
    requireId(id, 'The post');
    const value = requireBoolean(locked, 'locked');
    const note = validateLockNote(noteInput);
    if (!value && note !== null) {
      throw new BadInputError('A note goes with locking a post, not unlocking it.', { field: 'note' });
    }
    return this.apply(actor, id, (before) =>
      before.locked === value && (!value || before.lock_note === note)
        ? null
        : {
            set: 'locked = $2, lock_note = $3',
            values: [value, note],
            action: ModerationAction.POST_LOCKED,
            note: () => (value ? `Locked${note ? `: ${note}` : '.'}` : 'Unlocked.'),
          },
    );
  }

  async move(actor: Actor, id: string, categoryIdInput: string): Promise<PostRow> {
    requireId(id, 'The post');
    const categoryId = requireId(categoryIdInput, 'The category');
    const [target] = await this.db.query<{ id: string; slug: string; archived_at: Date | null }[]>(
      'SELECT id, slug, archived_at FROM forum_categories WHERE id = $1',
      [categoryId],
    );
    if (!target) throw new NotFoundError('That category');
    if (target.archived_at) throw archivedCategoryError();
    return this.apply(actor, id, (before) => {
      if (before.category_id === categoryId) {
        throw new BadInputError('The post is already in that category.', { field: 'categoryId' });
      }
      return {
        set: 'category_id = $2',
        values: [categoryId],
        action: ModerationAction.POST_MOVED,
        note: () => `Moved to ${target.slug}.`,
      };
    });
  }

  /** Locks the post, applies the change (null: nothing to change) and logs it, in one transaction. */
  private async apply(
    actor: Actor,
    id: string,
    decide: (before: PostRow) => ToolChange | null,
  ): Promise<PostRow> {
    await this.limits.consumeModeration(actor);
    return runDecision(this.db, async (tx: DecisionTransaction) => {
      const [before] = await tx.manager.query<PostRow[]>(
        `SELECT ${POST_COLUMNS} FROM forum_posts p WHERE p.id = $1 FOR UPDATE`,
        [id],
      );
      if (!before) throw new NotFoundError('That post');
      if (before.deleted_at) throw new BadInputError('This post was deleted by its author.');
      const change = decide(before);
      if (!change) return before;
      const [[after]] = await tx.manager.query<[PostRow[], number]>(
        `UPDATE forum_posts p SET ${change.set} WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
        [id, ...change.values],
      );
      await this.recorder.record(
        {
          actorId: actor.id,
          action: change.action,
          contentKind: ContentKind.POST,
          contentId: id,
          targetUserId: before.author_id,
          note: change.note(before),
        },
        tx,
      );
      tx.afterCommit(() => this.cache.invalidate());
      return after;
    });
  }
}

function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new BadInputError(`\`${field}\` must be true or false.`, { field });
  return value;
}
