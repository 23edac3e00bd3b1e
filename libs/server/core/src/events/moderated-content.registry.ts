import { Injectable } from '@nestjs/common';
import type { ContentKind } from '@haven/shared/contracts';
import type { DecisionTransaction } from '../database/decision-transaction';
import { NotFoundError } from '../errors';

/** What moderation needs to know about one piece of content. */
export interface ModeratedContentInfo {
  id: string;
  authorId: string | null;
  /** Plain text shown in the queue, at most ~500 characters. */
  excerpt: string;
  /** The domain's own status name (PUBLISHED, PENDING_REVIEW, HIDDEN, REMOVED, VISIBLE, …). */
  status: string;
  createdAt: Date;
  /** Extra context for the case view, e.g. `{ postId, roomId, title }`. */
  context?: Record<string, unknown>;
}

/** One message of the conversation around moderated content (a chat message's room). */
export interface ConversationLine {
  id: string;
  authorId: string;
  /** The text as written (moderators see removed messages too). */
  body: string;
  createdAt: Date;
  removed: boolean;
  crisisDetected: boolean;
  /** The moderated message itself. */
  focus: boolean;
}

/** Moderation outcomes a content domain applies to its own content. */
export type ContentModerationOutcome = 'APPROVE' | 'HIDE' | 'REMOVE' | 'RESTORE';

export interface ModeratedContentHandler {
  /** The items that exist, by id (missing ids are absent from the map). One query for the batch. */
  describe(ids: readonly string[]): Promise<Map<string, ModeratedContentInfo>>;
  /**
   * For conversational content: the `each` messages before and after each item and the item itself,
   * oldest first, by item id. One query for the batch.
   */
  surroundings?(ids: readonly string[], each: number): Promise<Map<string, ConversationLine[]>>;
  /**
   * Changes the content's status in its own domain (APPROVE publishes held content), writing through
   * `tx.manager` so it commits with the decision; cache clears and broadcasts go to `tx.afterCommit`.
   */
  apply(
    id: string,
    outcome: ContentModerationOutcome,
    context: { actorId: string; note: string | null },
    tx: DecisionTransaction,
  ): Promise<void>;
}

/**
 * Each content domain (forum, testimonials, chat) registers a handler for its kinds at start-up;
 * moderation acts through it, never through the domain's tables.
 */
@Injectable()
export class ModeratedContentRegistry {
  private readonly handlers = new Map<ContentKind, ModeratedContentHandler>();

  register(kind: ContentKind, handler: ModeratedContentHandler): void {
    this.handlers.set(kind, handler);
  }

  handlerFor(kind: ContentKind): ModeratedContentHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new NotFoundError(`Content of kind ${kind}`);
    return handler;
  }

  has(kind: ContentKind): boolean {
    return this.handlers.has(kind);
  }
}
