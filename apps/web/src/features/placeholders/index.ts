export {
  ComingSoonPage,
  ForumPlaceholderPage,
  SupportRoomsPlaceholderPage,
  TestimonialsPlaceholderPage,
} from './ComingSoonPage';
export { NotFoundPage } from './NotFoundPage';
