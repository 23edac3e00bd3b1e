import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { SignInPage, SignUpPage } from '../features/auth';
import { CrisisPage } from '../features/crisis';
import { HomePage } from '../features/home';
import {
  ForumPlaceholderPage,
  NotFoundPage,
  SupportRoomsPlaceholderPage,
  TestimonialsPlaceholderPage,
} from '../features/placeholders';
import { DeleteAccountPage, ExportDataPage, ProfilePage } from '../features/profile';
import { RequireMember } from '../lib';

/** A page for signed-in members only; visitors are asked to sign in first. */
const membersOnly = (page: ReactNode) => <RequireMember>{page}</RequireMember>;

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
  { path: 'forum/*', element: <ForumPlaceholderPage /> },
  { path: 'testimonials/*', element: <TestimonialsPlaceholderPage /> },
  { path: 'rooms/*', element: <SupportRoomsPlaceholderPage /> },
  { path: '*', element: <NotFoundPage /> },
];
