import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import {
  CONTENT_SUBMITTED_EVENT,
  CONTENT_WITHDRAWN_EVENT,
  type ContentSubmittedEvent,
  type ContentWithdrawnEvent,
} from '@haven/server/core';
import { CaseEventsService } from './case-events.service';
import { CaseStore } from './case-store.service';
import { holdNoticeMessage, isUuid, signalForSubmission, toExcerpt } from './moderation.rules';
import { NoticesService, type NoticeInput } from './notices.service';

/**
 * Opens or updates cases for content the safety checks flagged, held, or that waits for review
 * (a new member's first posts, testimonials). An edit refreshes the open case's excerpt and joins new flags.
 */
@Injectable()
export class AutoModerationListener {
  private readonly logger = new Logger(AutoModerationListener.name);

  constructor(
    private readonly store: CaseStore,
    private readonly caseEvents: CaseEventsService,
    private readonly notices: NoticesService,
  ) {}

  @OnEvent(CONTENT_SUBMITTED_EVENT)
  async onContentSubmitted(event: ContentSubmittedEvent): Promise<void> {
    try {
      await this.handle(event);
    } catch (error) {
      // The content is already stored; moderation must not turn a member's post into an error.
      this.logger.error(
        `Could not open a case for ${event.kind} ${event.id}: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      );
    }
  }

  /** Content its author withdrew needs no review any more: its open case closes, and moderators see it. */
  @OnEvent(CONTENT_WITHDRAWN_EVENT)
  async onContentWithdrawn(event: ContentWithdrawnEvent): Promise<void> {
    const caseId = await this.store.closeWithdrawn(event.kind, event.id);
    if (caseId) await this.caseEvents.publish(caseId, false);
  }

  /** The author of held content is told it waits for review, and why. */
  private async tellAuthor(event: ContentSubmittedEvent): Promise<void> {
    const notice: NoticeInput = {
      userId: event.authorId,
      action: ModerationAction.HELD_FOR_REVIEW,
      message: holdNoticeMessage(event.kind, event.assessment.autoFlags),
      note: null,
      contentKind: event.kind,
      contentId: event.id,
      suspendedUntil: null,
    };
    await this.notices.create(notice);
    await this.notices.announce(notice);
  }

  async handle(event: ContentSubmittedEvent): Promise<void> {
    if (!Object.values(ContentKind).includes(event.kind) || !isUuid(event.id) || event.assessment.blocked)
      return;
    const excerpt = toExcerpt(event.excerpt ?? '');
    const signal = signalForSubmission(event.assessment, event.review);
    if (signal) {
      const { id, opened } = await this.store.openOrJoin({
        kind: event.kind,
        contentId: event.id,
        authorId: isUuid(event.authorId) ? event.authorId : null,
        excerpt,
        signal,
      });
      await this.caseEvents.publish(id, opened);
      if (event.assessment.heldForReview && isUuid(event.authorId)) await this.tellAuthor(event);
      return;
    }
    if (event.edited) {
      const id = await this.store.refreshExcerpt(event.kind, event.id, excerpt);
      if (id) await this.caseEvents.publish(id, false);
    }
  }
}
