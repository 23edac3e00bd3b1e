import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { SignInPage, SignUpPage } from '../features/auth';
import { CrisisPage } from '../features/crisis';
import {
  CategoryPage,
  EditPostPage,
  ForumHomePage,
  ForumSearchPage,
  NewPostPage,
  PostPage,
} from '../features/forum';
import { HomePage } from '../features/home';
import { MemberProfilePage, NotificationsPage } from '../features/notifications';
import { RoomPage, RoomsPage } from '../features/chat';
import { NotFoundPage } from '../features/placeholders';
import {
  CaseDetailPage,
  ModerationLogPage,
  ModerationQueuePage,
  ModerationRulesPage,
  NoticesPage,
  RequireModerator,
} from '../features/moderation';
import { DeleteAccountPage, ExportDataPage, ProfilePage } from '../features/profile';
import {
  EditTestimonialPage,
  MyTestimonialsPage,
  SubmitTestimonialPage,
  TestimonialPage,
  TestimonialsPage,
} from '../features/testimonials';
import { RequireMember } from '../lib';

/** A page for signed-in members only; visitors are asked to sign in first. */
const membersOnly = (page: ReactNode) => <RequireMember>{page}</RequireMember>;
/** A page for moderators and administrators. */
const moderatorsOnly = (page: ReactNode) => <RequireModerator>{page}</RequireModerator>;
const adminsOnly = (page: ReactNode) => <RequireModerator admin>{page}</RequireModerator>;

/** The main navigation in the header, in order. */
export const mainNavigation: readonly { to: string; label: string }[] = [
  { to: '/forum', label: 'Forum' },
  { to: '/testimonials', label: 'Testimonials' },
  { to: '/rooms', label: 'Support rooms' },
];

/**
 * Every page of Haven, rendered inside the site layout. One line per page: a feature adds its own
 * lines here (use `lazy: () => import(...)` for large pages) and replaces its placeholder.
 */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'help', element: <CrisisPage /> },
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-up', element: <SignUpPage /> },
  { path: 'profile', element: membersOnly(<ProfilePage />) },
  { path: 'profile/export', element: membersOnly(<ExportDataPage />) },
  { path: 'profile/delete', element: membersOnly(<DeleteAccountPage />) },
  { path: 'forum', element: <ForumHomePage /> },
  { path: 'forum/new', element: membersOnly(<NewPostPage />) },
  { path: 'forum/search', element: <ForumSearchPage /> },
  { path: 'forum/c/:slug', element: <CategoryPage /> },
  { path: 'forum/p/:id', element: <PostPage /> },
  { path: 'forum/p/:id/edit', element: membersOnly(<EditPostPage />) },
  { path: 'testimonials', element: <TestimonialsPage /> },
  { path: 'testimonials/new', element: membersOnly(<SubmitTestimonialPage />) },
  { path: 'testimonials/mine', element: membersOnly(<MyTestimonialsPage />) },
  {
    path: 'testimonials/outcomes',
    lazy: async () => ({ Component: (await import('../features/testimonials/OutcomesPage')).OutcomesPage }),
  },
  { path: 'testimonials/:id', element: <TestimonialPage /> },
  { path: 'testimonials/:id/edit', element: membersOnly(<EditTestimonialPage />) },
  { path: 'rooms', element: <RoomsPage /> },
  { path: 'rooms/:slug', element: membersOnly(<RoomPage />) },
  { path: 'notices', element: membersOnly(<NoticesPage />) },
  { path: 'notifications', element: membersOnly(<NotificationsPage />) },
  { path: 'u/:handle', element: <MemberProfilePage /> },
  { path: 'moderation', element: moderatorsOnly(<ModerationQueuePage />) },
  { path: 'moderation/cases/:id', element: moderatorsOnly(<CaseDetailPage />) },
  { path: 'moderation/log', element: moderatorsOnly(<ModerationLogPage />) },
  { path: 'moderation/rules', element: adminsOnly(<ModerationRulesPage />) },
  { path: '*', element: <NotFoundPage /> },
];
