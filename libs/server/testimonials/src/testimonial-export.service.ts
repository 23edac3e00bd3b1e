import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  ACCOUNT_EXPORT_EVENT,
  type AccountExportRequest,
  type AccountExportSection,
} from '@haven/server/core';
import { TestimonialHelpfulMarkEntity } from './testimonial-helpful-mark.entity';
import { TestimonialEntity } from './testimonial.entity';
import { CheckInEntity } from './follow-ups/check-in.entity';

/**
 * The member's part of their data export: their own testimonials in every status (with any rejection
 * note), their follow-up check-ins, and which testimonials they found helpful (ids only: never another
 * member's identity).
 */
@Injectable()
export class TestimonialExportService {
  constructor(
    @InjectRepository(TestimonialEntity) private readonly repo: Repository<TestimonialEntity>,
    @InjectRepository(TestimonialHelpfulMarkEntity)
    private readonly marks: Repository<TestimonialHelpfulMarkEntity>,
    @InjectRepository(CheckInEntity) private readonly checkIns: Repository<CheckInEntity>,
  ) {}

  @OnEvent(ACCOUNT_EXPORT_EVENT)
  async exportFor(request: AccountExportRequest): Promise<AccountExportSection[]> {
    const [own, marked] = await Promise.all([
      this.repo.find({ where: { authorId: request.userId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.marks.find({ where: { userId: request.userId }, order: { createdAt: 'ASC' } }),
    ]);
    const checkIns =
      own.length === 0
        ? []
        : await this.checkIns.find({
            where: { testimonialId: In(own.map((t) => t.id)) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
    return [
      {
        section: 'testimonials',
        data: own.map((t) => ({
          id: t.id,
          status: t.status,
          anonymous: t.anonymous,
          title: t.title,
          story: t.story,
          modality: t.modality,
          setting: t.setting,
          sessionCount: t.sessionCount,
          priorTreatments: t.priorTreatments,
          overallRating: t.overallRating,
          reliefOnset: t.reliefOnset,
          reliefDuration: t.reliefDuration,
          sideEffects: t.sideEffects,
          phq9Before: t.phq9Before,
          phq9After: t.phq9After,
          contentWarnings: t.contentWarnings,
          rejectionNote: t.rejectionNote,
          helpfulCount: t.helpfulCount,
          createdAt: t.createdAt,
          updatedAt: t.updatedAt,
          publishedAt: t.publishedAt,
          firstSessionDate: t.firstSessionDate,
          followUpsEnabled: t.followUpsEnabled,
        })),
      },
      {
        section: 'testimonialCheckIns',
        data: checkIns.map((c) => ({
          id: c.id,
          testimonialId: c.testimonialId,
          monthsAfter: c.monthsAfter,
          phq9: c.phq9,
          phq2: c.phq2,
          stillRelieved: c.stillRelieved,
          maintenanceSessions: c.maintenanceSessions,
          maintenanceModality: c.maintenanceModality,
          sideEffects: c.sideEffects,
          note: c.note,
          status: c.status,
          rejectionNote: c.rejectionNote,
          createdAt: c.createdAt,
          publishedAt: c.publishedAt,
        })),
      },
      {
        section: 'testimonialsMarkedHelpful',
        data: marked.map((m) => ({ testimonialId: m.testimonialId, markedAt: m.createdAt })),
      },
    ];
  }
}
