import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { isUUID } from 'class-validator';
import { ContentKind, NotificationKind, extractMentions } from '@haven/shared/contracts';
import {
  CONTENT_SUBMITTED_EVENT,
  NOTIFICATION_REQUESTED_EVENT,
  type ContentSubmittedEvent,
  type NotificationRequest,
} from '@haven/server/core';
import { CategoriesService, CommentQueriesService, PostQueriesService } from '@haven/server/forum';
import { UsersService } from '@haven/server/identity';
import { BlockListService } from './block-list.service';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationWriter, type Candidate, type FanOut } from './notification-writer.service';
import { KNOWN_KINDS, hidesActor, pathFor } from './notification.rules';
import { WatchesService } from './watches.service';

/**
 * Turns what happens elsewhere into notifications: new posts, comments and chat messages (replies,
 * mentions, watched categories) from the content event, and every other kind from
 * NOTIFICATION_REQUESTED_EVENT. Content held for review or blocked tells no one. A failure here is
 * logged and never undoes the write that caused it.
 */
@Injectable()
export class ContentNotifier {
  private readonly logger = new Logger(ContentNotifier.name);

  constructor(
    private readonly writer: NotificationWriter,
    private readonly delivery: NotificationDelivery,
    private readonly posts: PostQueriesService,
    private readonly comments: CommentQueriesService,
    private readonly categories: CategoriesService,
    private readonly users: UsersService,
    private readonly blocks: BlockListService,
    private readonly watches: WatchesService,
    private readonly mailer: NotificationMailer,
  ) {}

  @OnEvent(CONTENT_SUBMITTED_EVENT)
  async onContentSubmitted(event: ContentSubmittedEvent): Promise<void> {
    await this.guard(`content ${event.kind} ${event.id}`, async () => {
      if (event.edited || event.assessment.blocked) return;
      if (event.kind === ContentKind.POST) await this.post(event);
      else if (event.kind === ContentKind.COMMENT) await this.comment(event);
      else if (event.kind === ContentKind.CHAT_MESSAGE && !event.assessment.heldForReview)
        await this.chatMessage(event);
    });
  }

  @OnEvent(NOTIFICATION_REQUESTED_EVENT)
  async onRequested(request: NotificationRequest): Promise<void> {
    await this.guard(`request ${request.kind}`, () => this.request(request));
  }

  /** Writes the notifications for any kind another domain asks for. */
  async request(request: NotificationRequest): Promise<void> {
    if (!KNOWN_KINDS.has(request.kind)) {
      this.logger.warn(`Unknown notification kind ${request.kind} ignored`);
      return;
    }
    const kind = request.kind as NotificationKind;
    const subject = request.subject && isUUID(request.subject.id) ? request.subject : null;
    const data = { ...(request.data ?? {}) };
    const postId = typeof data.postId === 'string' && isUUID(data.postId) ? data.postId : null;
    const actorId = subject && hidesActor(subject.kind) ? null : request.actorId;
    const recipients = [...new Set(request.recipientIds)].filter((id) => isUUID(id));
    // The real actor counts even when the notification does not name them.
    const exclude = request.actorId ? [...(await this.blocks.blockedAmong(request.actorId, recipients))] : [];
    const reaction = kind === NotificationKind.REACTION && subject && typeof data.reaction === 'string';
    await this.deliver({
      actorId,
      subject,
      postId,
      path: pathFor(subject, data),
      data: pick(data, ['reaction', 'message', 'action', 'categoryName', 'summary', 'postId', 'roomSlug']),
      direct: recipients.map((userId) => ({ userId, kind, rank: 1 })),
      exclude,
      ...(reaction ? { groupKey: `REACTION:${subject.kind}:${subject.id}:${String(data.reaction)}` } : {}),
      urgent: request.urgent ?? false,
    });
  }

  private async post(event: ContentSubmittedEvent): Promise<void> {
    await this.watches.watchAutomatically(event.authorId, event.id);
    if (event.assessment.heldForReview) return;
    const [post] = await this.posts.findByIds([event.id]);
    if (!post) return;
    const [category] = await this.categories.findByIds([post.category_id]);
    const mentioned = await this.mentioned(event.authorId, `${post.title}\n${post.body}`);
    await this.deliver({
      actorId: event.authorId,
      subject: { kind: 'POST', id: post.id },
      postId: post.id,
      path: pathFor({ kind: 'POST', id: post.id }, {}),
      data: category ? { categoryName: category.name } : {},
      categoryWatchers: { categoryId: post.category_id, rank: 2 },
      direct: mentioned.map((userId) => ({ userId, kind: NotificationKind.MENTION, rank: 1 })),
      exclude: [],
    });
  }

  private async comment(event: ContentSubmittedEvent): Promise<void> {
    const [comment] = await this.comments.findByIds([event.id]);
    if (!comment) return;
    await this.watches.watchAutomatically(event.authorId, comment.post_id);
    if (event.assessment.heldForReview) return;
    const [post] = await this.posts.findByIds([comment.post_id]);
    if (!post) return;
    const direct: Candidate[] = [];
    const exclude: string[] = [];
    if (comment.parent_id) {
      const [parent] = await this.comments.findByIds([comment.parent_id]);
      if (parent && !parent.deleted_at) {
        if (await this.blocks.isBlockedEitherWay(event.authorId, parent.author_id))
          exclude.push(parent.author_id);
        else direct.push({ userId: parent.author_id, kind: NotificationKind.REPLY_TO_COMMENT, rank: 1 });
      }
    }
    for (const userId of await this.mentioned(event.authorId, comment.body))
      direct.push({ userId, kind: NotificationKind.MENTION, rank: 2 });
    const subject = { kind: 'COMMENT', id: comment.id };
    await this.deliver({
      actorId: event.authorId,
      subject,
      postId: post.id,
      path: pathFor(subject, { postId: post.id }),
      data: { postId: post.id },
      postWatchers: { kind: NotificationKind.REPLY_TO_POST, rank: 3, postAuthorId: post.author_id },
      direct,
      exclude,
    });
  }

  private async chatMessage(event: ContentSubmittedEvent): Promise<void> {
    const mentioned = await this.mentioned(event.authorId, event.excerpt);
    if (mentioned.length === 0) return;
    const subject = { kind: 'CHAT_MESSAGE', id: event.id };
    await this.deliver({
      actorId: event.authorId,
      subject,
      postId: null,
      path: pathFor(subject, {}),
      data: {},
      direct: mentioned.map((userId) => ({ userId, kind: NotificationKind.MENTION, rank: 1 })),
      exclude: [],
    });
  }

  /** Members mentioned in the text, without the author and without anyone blocked either way. */
  private async mentioned(authorId: string, text: string): Promise<string[]> {
    const handles = extractMentions(text);
    if (handles.length === 0) return [];
    const ids = (await this.users.findIdsByHandles(handles)).filter((id) => id !== authorId);
    const blocked = await this.blocks.blockedAmong(authorId, ids);
    return ids.filter((id) => !blocked.has(id));
  }

  /**
   * Writes and sends. Whoever blocks the actor, or is blocked by them, is left out whatever brought them
   * in (a reply, a mention, a reaction, a watched thread or category).
   */
  private async deliver(fanOut: FanOut): Promise<void> {
    const blocked = fanOut.actorId ? await this.blocks.relatedTo(fanOut.actorId) : [];
    const exclude = blocked.length > 0 ? [...new Set([...fanOut.exclude, ...blocked])] : fanOut.exclude;
    const created = await this.writer.write({ ...fanOut, exclude });
    await this.delivery.created(created);
    await this.mailer.created(created);
  }

  private async guard(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error(
        `Notifications for ${what} failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}

function pick(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.length <= 300) picked[key] = value;
  }
  return picked;
}
