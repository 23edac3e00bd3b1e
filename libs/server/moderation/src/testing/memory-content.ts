import { randomUUID } from 'node:crypto';
import {
  NotFoundError,
  type ContentModerationOutcome,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';

/** Another domain's content, as moderation sees it through the registry (a double of that domain only). */
export class MemoryContent implements ModeratedContentHandler {
  readonly items = new Map<string, ModeratedContentInfo>();
  readonly applied: { id: string; outcome: ContentModerationOutcome; actorId: string }[] = [];

  add(authorId: string, excerpt: string, status = 'PUBLISHED'): string {
    const id = randomUUID();
    this.items.set(id, { id, authorId, excerpt, status, createdAt: new Date() });
    return id;
  }

  async describe(ids: readonly string[]) {
    return new Map(ids.filter((id) => this.items.has(id)).map((id) => [id, { ...this.items.get(id)! }]));
  }

  async apply(id: string, outcome: ContentModerationOutcome, context: { actorId: string }) {
    const item = this.items.get(id);
    if (!item) throw new NotFoundError('That content');
    item.status = { APPROVE: 'PUBLISHED', HIDE: 'HIDDEN', REMOVE: 'REMOVED', RESTORE: 'PUBLISHED' }[outcome];
    this.applied.push({ id, outcome, actorId: context.actorId });
  }
}
