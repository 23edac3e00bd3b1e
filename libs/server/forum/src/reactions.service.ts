import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  BadInputError,
  NOTIFICATION_REQUESTED_EVENT,
  NotFoundError,
  type Actor,
  type NotificationRequest,
} from '@haven/server/core';
import { CommentQueriesService } from './comment-queries.service';
import { toReactionCounts, type ReactionCountObject } from './dto/reaction-count.object';
import { FeedCacheService } from './feed-cache.service';
import { ForumLimitsService } from './forum-limits.service';
import { requireId } from './forum.rules';
import { commentListedForEveryone, postListedForEveryone } from './visibility';
import { PostQueriesService } from './post-queries.service';

const KINDS = new Set<string>(Object.values(ReactionKind));
const TARGETS = new Set<string>(Object.values(ReactableKind));

/**
 * Reactions on posts and comments. One row per member, target and kind (a unique key), so toggling
 * is idempotent per member; a post's `reaction_count` (the MOST_SUPPORTED sort key) moves by exactly
 * the rows inserted or deleted, in the same transaction.
 */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostQueriesService,
    private readonly comments: CommentQueriesService,
    private readonly limits: ForumLimitsService,
    private readonly cache: FeedCacheService,
    private readonly events: EventEmitter2,
  ) {}

  async toggle(
    actor: Actor,
    target: ReactableKind,
    id: string,
    kind: ReactionKind,
  ): Promise<ReactionCountObject[]> {
    if (!TARGETS.has(target) || !KINDS.has(kind)) throw new BadInputError('That reaction is not known.');
    requireId(id, target === ReactableKind.POST ? 'The post' : 'The comment');
    const item = await this.requireReactable(actor, target, id);
    await this.limits.consumeReaction(actor);
    const added = await this.db.transaction(async (manager) => {
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO forum_reactions (target_kind, target_id, user_id, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT (target_kind, target_id, user_id, kind) DO NOTHING RETURNING id`,
        [target, id, actor.id, kind],
      );
      let delta = inserted.length;
      if (delta === 0) {
        const [, removed] = await manager.query<[unknown[], number]>(
          `DELETE FROM forum_reactions WHERE target_kind = $1 AND target_id = $2 AND user_id = $3 AND kind = $4
           RETURNING id`,
          [target, id, actor.id, kind],
        );
        delta = -removed;
      }
      if (delta !== 0 && target === ReactableKind.POST) {
        await manager.query('UPDATE forum_posts SET reaction_count = reaction_count + $2 WHERE id = $1', [
          id,
          delta,
        ]);
      }
      return delta > 0;
    });
    if (added) await this.tellAuthor(actor, target, item, kind);
    if (target === ReactableKind.POST) await this.cache.invalidate();
    const [counts] = await this.countsFor(target, [id]);
    return toReactionCounts(counts);
  }

  /** Counts per kind for each target, in the order asked. One query for the batch. */
  async countsFor(target: ReactableKind, ids: readonly string[]): Promise<Map<ReactionKind, number>[]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows =
      valid.length > 0
        ? await this.db.query<{ target_id: string; kind: ReactionKind; count: number }[]>(
            `SELECT target_id, kind, count(*)::int AS count FROM forum_reactions
             WHERE target_kind = $1 AND target_id = ANY($2::uuid[]) GROUP BY target_id, kind`,
            [target, valid],
          )
        : [];
    const byTarget = new Map<string, Map<ReactionKind, number>>();
    for (const row of rows) {
      const counts = byTarget.get(row.target_id) ?? new Map<ReactionKind, number>();
      counts.set(row.kind, row.count);
      byTarget.set(row.target_id, counts);
    }
    return ids.map((id) => byTarget.get(id) ?? new Map());
  }

  /** The kinds `userId` gave each target, in the contract's order. One query for the batch. */
  async givenBy(userId: string, target: ReactableKind, ids: readonly string[]): Promise<ReactionKind[][]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows =
      valid.length > 0
        ? await this.db.query<{ target_id: string; kind: ReactionKind }[]>(
            `SELECT target_id, kind FROM forum_reactions
             WHERE target_kind = $1 AND user_id = $2 AND target_id = ANY($3::uuid[])`,
            [target, userId, valid],
          )
        : [];
    const byTarget = new Map<string, Set<ReactionKind>>();
    for (const row of rows)
      byTarget.set(row.target_id, (byTarget.get(row.target_id) ?? new Set()).add(row.kind));
    return ids.map((id) => Object.values(ReactionKind).filter((k) => byTarget.get(id)?.has(k)));
  }

  private async tellAuthor(
    actor: Actor,
    target: ReactableKind,
    item: { id: string; author_id: string; post_id?: string },
    kind: ReactionKind,
  ): Promise<void> {
    const request: NotificationRequest = {
      recipientIds: [item.author_id],
      kind: 'REACTION',
      actorId: actor.id,
      subject: { kind: target, id: item.id },
      data: { reaction: kind, postId: item.post_id ?? item.id },
    };
    await this.events.emitAsync(NOTIFICATION_REQUESTED_EVENT, request);
  }

  /** Only content listed for everyone (published, not deleted, on such a post) takes reactions. */
  private async requireReactable(
    actor: Actor,
    target: ReactableKind,
    id: string,
  ): Promise<{ id: string; author_id: string; post_id?: string }> {
    const item =
      target === ReactableKind.POST
        ? await this.posts.findVisible(id, actor)
        : await this.comments.findVisible(id, actor);
    if (!item) throw new NotFoundError(target === ReactableKind.POST ? 'That post' : 'That comment');
    const open =
      'post_status' in item
        ? commentListedForEveryone(item) &&
          postListedForEveryone({
            author_id: item.post_author_id,
            status: item.post_status,
            deleted_at: item.post_deleted_at,
          })
        : postListedForEveryone(item);
    if (!open) throw new BadInputError('This cannot take reactions.');
    return item;
  }
}
