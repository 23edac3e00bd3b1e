import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TestimonialExportService } from './testimonial-export.service';
import { TestimonialFieldsResolver } from './testimonial-fields.resolver';
import { TestimonialHelpfulMarkEntity } from './testimonial-helpful-mark.entity';
import { TestimonialHelpfulLoader } from './testimonial-helpful.loader';
import { TestimonialHelpfulService } from './testimonial-helpful.service';
import { TestimonialModerationService } from './testimonial-moderation.service';
import { TestimonialStatsResolver } from './testimonial-stats.resolver';
import { TestimonialStatsService } from './testimonial-stats.service';
import { TestimonialSubmissionService } from './testimonial-submission.service';
import { TestimonialEntity } from './testimonial.entity';
import { TestimonialResolver } from './testimonial.resolver';
import { TestimonialsService } from './testimonials.service';

/**
 * Testimonials: structured treatment stories, their review through the moderation queue, and the
 * community outcomes they add up to. Needs the (global) safety module.
 */
@Module({
  imports: [TypeOrmModule.forFeature([TestimonialEntity, TestimonialHelpfulMarkEntity])],
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
    TestimonialStatsResolver,
  ],
  exports: [TestimonialsService, TestimonialStatsService],
})
export class TestimonialsModule {}
