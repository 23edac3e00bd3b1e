import { Injectable } from '@nestjs/common';
import { ContentKind } from '@haven/shared/contracts';
import {
  BadInputError,
  ModeratedContentRegistry,
  NotFoundError,
  type ContentModerationOutcome,
  type DecisionTransaction,
  type ConversationLine,
  type ModeratedContentInfo,
} from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import { toExcerpt } from './moderation.rules';

/** Statuses under which content is visible to every member. */
const VISIBLE_STATUSES = new Set(['PUBLISHED', 'VISIBLE', 'ACTIVE']);

export function isVisibleToAll(info: ModeratedContentInfo): boolean {
  return VISIBLE_STATUSES.has(info.status);
}

/**
 * The content moderation acts on, whatever its domain: posts, comments, testimonials and chat messages
 * through the handlers their domains register; members (USER) through UsersService.
 */
@Injectable()
export class ContentDirectory {
  constructor(
    private readonly registry: ModeratedContentRegistry,
    private readonly users: UsersService,
  ) {}

  /** The items that exist, by id. One query per kind; an unknown kind describes nothing. */
  async describe(kind: ContentKind, ids: readonly string[]): Promise<Map<string, ModeratedContentInfo>> {
    if (ids.length === 0) return new Map();
    if (kind === ContentKind.USER) return this.describeMembers(ids);
    if (!this.registry.has(kind)) return new Map();
    return this.registry.handlerFor(kind).describe(ids);
  }

  /** The conversation around each item, for the kinds that have one (chat messages); empty otherwise. */
  async surroundings(
    kind: ContentKind,
    ids: readonly string[],
    each: number,
  ): Promise<Map<string, ConversationLine[]>> {
    const handler = this.registry.has(kind) ? this.registry.handlerFor(kind) : null;
    if (!handler?.surroundings) return new Map();
    return handler.surroundings(ids, each);
  }

  async describeOne(kind: ContentKind, id: string): Promise<ModeratedContentInfo | null> {
    return (await this.describe(kind, [id])).get(id) ?? null;
  }

  /** Applies an outcome in the content's own domain, inside the decision's transaction. */
  async apply(
    kind: ContentKind,
    id: string,
    outcome: ContentModerationOutcome,
    context: { actorId: string; note: string | null },
    tx: DecisionTransaction,
  ): Promise<void> {
    if (kind === ContentKind.USER) {
      throw new BadInputError('That action is for content. For a member, warn, suspend, ban or dismiss.', {
        field: 'action',
      });
    }
    if (!this.registry.has(kind)) throw new NotFoundError('That content');
    await this.registry.handlerFor(kind).apply(id, outcome, context, tx);
  }

  private async describeMembers(ids: readonly string[]): Promise<Map<string, ModeratedContentInfo>> {
    const users = await this.users.findPublicByIds(ids);
    const found = new Map<string, ModeratedContentInfo>();
    for (const user of users) {
      if (!user || user.deleted) continue;
      found.set(user.id, {
        id: user.id,
        authorId: user.id,
        excerpt: toExcerpt(user.bio ? `@${user.handle}: ${user.bio}` : `@${user.handle}`),
        status: 'ACTIVE',
        createdAt: user.createdAt,
        context: { handle: user.handle },
      });
    }
    return found;
  }
}
