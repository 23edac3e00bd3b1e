import { TestimonialsInit1795908801889 } from './migrations/1795908801889-testimonials-init';
import { TestimonialHelpfulMarkEntity } from './testimonial-helpful-mark.entity';
import { TestimonialEntity } from './testimonial.entity';

export const testimonialsEntities = [TestimonialEntity, TestimonialHelpfulMarkEntity];
export const testimonialsMigrations = [TestimonialsInit1795908801889];
