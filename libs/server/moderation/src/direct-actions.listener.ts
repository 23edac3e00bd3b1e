import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import { ContentKind } from '@haven/shared/contracts';
import {
  MODERATION_ACTION_TAKEN_EVENT,
  ModerationRecorder,
  type ModerationActionTakenEvent,
} from '@haven/server/core';
import { ModerationLogService } from './moderation-log.service';
import { NoticesService, type NoticeInput } from './notices.service';

/**
 * Actions moderators take directly in a content domain (outside a case) go into the same log: through
 * the event, or through the ModerationRecorder inside the domain's own transaction. When the action
 * asks for it, the member concerned gets a notice in the same write, announced once it is committed.
 */
@Injectable()
export class DirectActionsListener implements OnModuleInit {
  constructor(
    private readonly log: ModerationLogService,
    private readonly recorder: ModerationRecorder,
    private readonly notices: NoticesService,
  ) {}

  onModuleInit(): void {
    this.recorder.register((event, manager) => this.append(event, manager));
  }

  @OnEvent(MODERATION_ACTION_TAKEN_EVENT)
  async onActionTaken(event: ModerationActionTakenEvent): Promise<void> {
    const announce = await this.append(event);
    if (announce) await announce();
  }

  private async append(
    event: ModerationActionTakenEvent,
    manager?: EntityManager,
  ): Promise<(() => Promise<void>) | undefined> {
    const logged = await this.log.append(
      {
        actorId: event.actorId,
        action: event.action,
        caseId: null,
        contentKind: event.contentKind,
        contentId: event.contentId,
        targetUserId: event.targetUserId,
        note: event.note,
        suspendedUntil: event.suspendedUntil ?? null,
      },
      manager,
    );
    if (!event.notice || !event.targetUserId) return undefined;
    const aboutAccount = event.contentKind === ContentKind.USER;
    const notice: NoticeInput = {
      userId: event.targetUserId,
      action: event.action,
      message: event.notice.message,
      note: event.note,
      // A notice about the member's own account (a mute) points at no content.
      contentKind: aboutAccount ? null : event.contentKind,
      contentId: aboutAccount ? null : event.contentId,
      suspendedUntil: null,
      endsAt: event.notice.endsAt,
      logEntryId: logged.id,
    };
    await this.notices.create(notice, manager);
    return () => this.notices.announce(notice);
  }
}
