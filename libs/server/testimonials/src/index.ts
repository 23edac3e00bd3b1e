export * from './testimonials.module';
export { TestimonialsService } from './testimonials.service';
export { TestimonialStatsService } from './testimonial-stats.service';
export { TestimonialEntity } from './testimonial.entity';
export { TestimonialHelpfulMarkEntity } from './testimonial-helpful-mark.entity';
export { testimonialsEntities, testimonialsMigrations } from './testimonials.database';
export { DurabilityStatsService } from './durability/durability-stats.service';
export { FollowUpRemindersService, FOLLOW_UP_DUE } from './follow-ups/follow-up-reminders.service';
