import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { MODERATION_ACTION_TAKEN_EVENT, type ModerationActionTakenEvent } from '@haven/server/core';
import { ModerationLogService } from './moderation-log.service';

/** Actions moderators take directly in a content domain (outside a case) go into the same log. */
@Injectable()
export class DirectActionsListener {
  constructor(private readonly log: ModerationLogService) {}

  @OnEvent(MODERATION_ACTION_TAKEN_EVENT)
  async onActionTaken(event: ModerationActionTakenEvent): Promise<void> {
    await this.log.append({
      actorId: event.actorId,
      action: event.action,
      caseId: null,
      contentKind: event.contentKind,
      contentId: event.contentId,
      targetUserId: event.targetUserId,
      note: event.note,
      suspendedUntil: null,
    });
  }
}
