import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ACCOUNT_DELETED_EVENT,
  ACCOUNT_EXPORT_EVENT,
  type AccountDeletedEvent,
  type AccountExportRequest,
  type AccountExportSection,
} from '@haven/server/core';
import { TrackerService } from './tracker.service';

/** The tracker in the member's data export, and erased with their account. */
@Injectable()
export class TrackerAccountListener {
  constructor(private readonly tracker: TrackerService) {}

  @OnEvent(ACCOUNT_EXPORT_EVENT)
  async onExport(request: AccountExportRequest): Promise<AccountExportSection> {
    const { sessions, moods, checkInConsent } = await this.tracker.rows(request.userId);
    return {
      section: 'tracker',
      data: {
        checkInConsent,
        sessions: sessions.map((s) => ({
          id: s.id,
          date: s.date,
          modality: s.modality,
          setting: s.setting,
          notes: s.notes,
          createdAt: s.createdAt,
        })),
        moods: moods.map((m) => ({
          id: m.id,
          date: m.date,
          scale: m.scale,
          score: m.score,
          phq9Answers: m.phq9Answers,
          createdAt: m.createdAt,
        })),
      },
    };
  }

  @OnEvent(ACCOUNT_DELETED_EVENT)
  async onDeleted(event: AccountDeletedEvent): Promise<void> {
    await this.tracker.eraseAll(event.userId);
  }
}
