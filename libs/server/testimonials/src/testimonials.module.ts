import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TestimonialExportService } from './testimonial-export.service';
import { TestimonialFieldsResolver } from './testimonial-fields.resolver';
import { TestimonialHelpfulMarkEntity } from './testimonial-helpful-mark.entity';
import { TestimonialHelpfulLoader } from './testimonial-helpful.loader';
import { TestimonialHelpfulService } from './testimonial-helpful.service';
import { TestimonialModerationService } from './testimonial-moderation.service';
import { ProfileTestimonialsLoader, TestimonialProfileResolver } from './testimonial-profile.resolver';
import { TestimonialStatsResolver } from './testimonial-stats.resolver';
import { TestimonialStatsService } from './testimonial-stats.service';
import { TestimonialSubmissionService } from './testimonial-submission.service';
import { TestimonialEntity } from './testimonial.entity';
import { TestimonialResolver } from './testimonial.resolver';
import { TestimonialsService } from './testimonials.service';
import { CheckInEntity } from './follow-ups/check-in.entity';
import { CheckInModerationService } from './follow-ups/check-in-moderation.service';
import { CheckInsLoader } from './follow-ups/check-ins.loader';
import { FollowUpReminderEntity } from './follow-ups/follow-up-reminder.entity';
import { FollowUpRemindersService } from './follow-ups/follow-up-reminders.service';
import { FollowUpScheduler } from './follow-ups/follow-up-scheduler';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { CheckInFieldsResolver, FollowUpsResolver } from './follow-ups/follow-ups.resolver';
import { DurabilityStatsResolver } from './durability/durability-stats.resolver';
import { DurabilityStatsService } from './durability/durability-stats.service';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';

/**
 * Testimonials: structured treatment stories, their review through the moderation queue, and the
 * community outcomes they add up to; follow-up check-ins and how long relief lasts. Needs the (global) safety module.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TestimonialEntity,
      TestimonialHelpfulMarkEntity,
      CheckInEntity,
      FollowUpReminderEntity,
    ]),
  ],
  providers: [
    TestimonialsService,
    TestimonialSubmissionService,
    TestimonialHelpfulService,
    TestimonialHelpfulLoader,
    TestimonialStatsService,
    TestimonialModerationService,
    TestimonialExportService,
    TestimonialResolver,
    TestimonialFieldsResolver,
    ProfileTestimonialsLoader,
    TestimonialProfileResolver,
    TestimonialStatsResolver,
    FollowUpScheduler,
    FollowUpsService,
    FollowUpRemindersService,
    CheckInModerationService,
    CheckInsLoader,
    FollowUpsResolver,
    CheckInFieldsResolver,
    DurabilityStatsService,
    DurabilityStatsResolver,
    EvidenceService,
    EvidenceResolver,
  ],
  exports: [TestimonialsService, TestimonialStatsService, DurabilityStatsService, FollowUpRemindersService],
})
export class TestimonialsModule {}
