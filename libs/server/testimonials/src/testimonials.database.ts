import { CheckInEntity } from './follow-ups/check-in.entity';
import { FollowUpReminderEntity } from './follow-ups/follow-up-reminder.entity';
import { TestimonialsInit1795908801889 } from './migrations/1795908801889-testimonials-init';
import { FollowUps1796156366459 } from './migrations/1796156366459-follow-ups';
import { TestimonialSearch1796700000000 } from './migrations/1796700000000-testimonial-search';
import { TestimonialHelpfulMarkEntity } from './testimonial-helpful-mark.entity';
import { TestimonialEntity } from './testimonial.entity';

export const testimonialsEntities = [
  TestimonialEntity,
  TestimonialHelpfulMarkEntity,
  CheckInEntity,
  FollowUpReminderEntity,
];
export const testimonialsMigrations = [
  TestimonialsInit1795908801889,
  FollowUps1796156366459,
  TestimonialSearch1796700000000,
];
