import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { UnverifiedBanner } from '../features/account/UnverifiedBanner';
import { Loading } from '../ui';
import { SessionNotices } from './SessionNotices';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

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
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="site-main" tabIndex={-1}>
        <SessionNotices />
        <UnverifiedBanner />
        {opening ? <Loading label="Opening the page…" /> : <Outlet />}
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
