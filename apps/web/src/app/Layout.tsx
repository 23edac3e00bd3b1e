import { lazy, Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useSession } from '../lib';
import { Loading } from '../ui';
import { SessionNotices } from './SessionNotices';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

// Signed-in members only: kept out of the first script visitors load.
const UnverifiedBanner = lazy(async () => ({
  default: (await import('../features/account/UnverifiedBanner')).UnverifiedBanner,
}));

/** Moves focus to the new page's heading after each navigation, so screen readers start there. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const heading = document.querySelector<HTMLElement>('[data-page-heading]');
    (heading ?? document.getElementById('main'))?.focus();
  }, [pathname]);
}

export function Layout() {
  useFocusOnNavigation();
  // A page whose code is still on its way shows that it is coming, not the page being left.
  const opening = useNavigation().state === 'loading';
  const { viewer } = useSession();
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="site-main" tabIndex={-1}>
        <SessionNotices />
        {viewer ? (
          <Suspense fallback={null}>
            <UnverifiedBanner />
          </Suspense>
        ) : null}
        {opening ? <Loading label="Opening the page…" /> : <Outlet />}
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
