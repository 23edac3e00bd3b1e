import type { ApolloClient } from '@apollo/client';
import type { ComponentType, ReactNode } from 'react';
import { matchRoutes, type Params, type RouteObject } from 'react-router';
import { CrisisPage } from '../features/crisis';
import { HomePage } from '../features/home';
import { RequireModerator } from '../features/moderation/RequireModerator';
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
  { to: '/learn', label: 'Learn' },
];

/**
 * A page whose code loads when it is first opened (one chunk per feature), optionally wrapped
 * (members only, moderators only).
 */
function later(
  load: () => Promise<ComponentType>,
  wrap: (page: ReactNode) => ReactNode = (page) => page,
): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const Page = await load();
      return { element: wrap(<Page />) };
    },
  };
}

/** Data a page needs, asked for while its code downloads when the page is opened from outside the app. */
interface RouteHandle {
  prefetch(client: ApolloClient, params: Params): Promise<void>;
}

const prefetching = (prefetch: RouteHandle['prefetch']): { handle: RouteHandle } => ({
  handle: { prefetch },
});

const auth = () => import('../features/auth');
const forum = () => import('../features/forum');
const testimonials = () => import('../features/testimonials');
const chat = () => import('../features/chat');
const moderation = () => import('../features/moderation');
const profile = () => import('../features/profile');
const placeholders = () => import('../features/placeholders');
const account = () => import('../features/account');
const learn = () => import('../features/learn');
const tracker = () => import('../features/tracker');
const notifications = () => import('../features/notifications');
const admin = () => import('../features/admin');

/**
 * Every page of Haven, rendered inside the site layout. One line per page: the home page and the
 * crisis page come with the first script; every other page loads with its feature when first opened.
 */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'help', element: <CrisisPage /> },
  { path: 'sign-in', ...later(async () => (await auth()).SignInPage) },
  { path: 'sign-up', ...later(async () => (await auth()).SignUpPage) },
  { path: 'forgot-password', ...later(async () => (await account()).ForgotPasswordPage) },
  { path: 'reset-password', ...later(async () => (await account()).ResetPasswordPage) },
  { path: 'verify-email', ...later(async () => (await account()).VerifyEmailPage) },
  { path: 'profile', ...later(async () => (await profile()).ProfilePage, membersOnly) },
  { path: 'profile/password', ...later(async () => (await account()).ChangePasswordPage, membersOnly) },
  { path: 'profile/email', ...later(async () => (await account()).ChangeEmailPage, membersOnly) },
  { path: 'profile/sessions', ...later(async () => (await account()).SessionsPage, membersOnly) },
  { path: 'profile/export', ...later(async () => (await profile()).ExportDataPage, membersOnly) },
  { path: 'profile/delete', ...later(async () => (await profile()).DeleteAccountPage, membersOnly) },
  { path: 'forum', ...later(async () => (await forum()).ForumHomePage) },
  { path: 'forum/new', ...later(async () => (await forum()).NewPostPage, membersOnly) },
  { path: 'forum/search', ...later(async () => (await forum()).ForumSearchPage) },
  { path: 'forum/c/:slug', ...later(async () => (await forum()).CategoryPage) },
  {
    path: 'forum/p/:id',
    ...later(async () => (await forum()).PostPage),
    ...prefetching(async (client, { id = '' }) =>
      (await import('../features/forum/post.prefetch')).prefetchPost(client, id),
    ),
  },
  { path: 'forum/p/:id/edit', ...later(async () => (await forum()).EditPostPage, membersOnly) },
  { path: 'testimonials', ...later(async () => (await testimonials()).TestimonialsPage) },
  {
    path: 'testimonials/new',
    ...later(async () => (await testimonials()).SubmitTestimonialPage, membersOnly),
  },
  {
    path: 'testimonials/mine',
    ...later(async () => (await testimonials()).MyTestimonialsPage, membersOnly),
  },
  {
    path: 'testimonials/outcomes',
    ...later(async () => (await import('../features/testimonials/OutcomesPage')).OutcomesPage),
  },
  { path: 'testimonials/:id', ...later(async () => (await testimonials()).TestimonialPage) },
  {
    path: 'testimonials/:id/edit',
    ...later(async () => (await testimonials()).EditTestimonialPage, membersOnly),
  },
  {
    path: 'testimonials/:id/check-in',
    ...later(async () => (await testimonials()).CheckInPage, membersOnly),
  },
  { path: 'tracker', ...later(async () => (await tracker()).TrackerPage, membersOnly) },
  { path: 'learn', ...later(async () => (await learn()).LearnPage) },
  { path: 'learn/:slug', ...later(async () => (await learn()).LearnTopicPage) },
  { path: 'rooms', ...later(async () => (await chat()).RoomsPage) },
  { path: 'rooms/:slug', ...later(async () => (await chat()).RoomPage, membersOnly) },
  { path: 'notices', ...later(async () => (await moderation()).NoticesPage, membersOnly) },
  { path: 'notifications', ...later(async () => (await notifications()).NotificationsPage, membersOnly) },
  { path: 'u/:handle', ...later(async () => (await notifications()).MemberProfilePage) },
  { path: 'moderation', ...later(async () => (await moderation()).ModerationQueuePage, moderatorsOnly) },
  {
    path: 'moderation/cases/:id',
    ...later(async () => (await moderation()).CaseDetailPage, moderatorsOnly),
  },
  { path: 'moderation/log', ...later(async () => (await moderation()).ModerationLogPage, moderatorsOnly) },
  { path: 'moderation/rules', ...later(async () => (await moderation()).ModerationRulesPage, adminsOnly) },
  { path: 'admin', ...later(async () => (await admin()).AdminHomePage, adminsOnly) },
  { path: 'admin/categories', ...later(async () => (await admin()).CategoriesAdminPage, adminsOnly) },
  { path: 'admin/rooms', ...later(async () => (await admin()).RoomsAdminPage, adminsOnly) },
  { path: 'admin/members', ...later(async () => (await admin()).MembersAdminPage, adminsOnly) },
  { path: 'admin/outbox', ...later(async () => (await admin()).OutboxPage, adminsOnly) },
  {
    path: 'moderation/saved-replies',
    ...later(async () => (await moderation()).SavedRepliesPage, adminsOnly),
  },
  { path: '*', ...later(async () => (await placeholders()).NotFoundPage) },
];

/** Starts the prefetches of the page at `pathname`, if it has any (the app's first page). */
export function prefetchRoute(client: ApolloClient, pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const handle = match.route.handle as RouteHandle | undefined;
    void handle?.prefetch(client, match.params).catch(() => undefined);
  }
}
