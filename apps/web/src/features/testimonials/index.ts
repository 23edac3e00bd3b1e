export { EditTestimonialPage } from './EditTestimonialPage';
export { MyTestimonialsPage } from './MyTestimonialsPage';
export { SubmitTestimonialPage } from './SubmitTestimonialPage';
export { TestimonialPage } from './TestimonialPage';
export { TestimonialsPage } from './TestimonialsPage';
export { CheckInPage } from './CheckInPage';
