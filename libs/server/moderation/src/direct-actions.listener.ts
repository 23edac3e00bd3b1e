import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import {
  MODERATION_ACTION_TAKEN_EVENT,
  ModerationRecorder,
  type ModerationActionTakenEvent,
} from '@haven/server/core';
import { ModerationLogService } from './moderation-log.service';

/**
 * Actions moderators take directly in a content domain (outside a case) go into the same log: through
 * the event, or through the ModerationRecorder inside the domain's own transaction.
 */
@Injectable()
export class DirectActionsListener implements OnModuleInit {
  constructor(
    private readonly log: ModerationLogService,
    private readonly recorder: ModerationRecorder,
  ) {}

  onModuleInit(): void {
    this.recorder.register((event, manager) => this.append(event, manager));
  }

  @OnEvent(MODERATION_ACTION_TAKEN_EVENT)
  async onActionTaken(event: ModerationActionTakenEvent): Promise<void> {
    await this.append(event);
  }

  private async append(event: ModerationActionTakenEvent, manager?: EntityManager): Promise<void> {
    await this.log.append(
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
  }
}
