import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useSession } from '../lib';
import { MemberMenu } from './MemberMenu';

// Signed-in members only: its live socket stays out of the first script visitors load.
const NotificationBadge = lazy(async () => ({
  default: (await import('../features/notifications/NotificationBadge')).NotificationBadge,
}));
import { mainNavigation } from './routes';

/**
 * One compact row that stays at the top while the page scrolls: the brand, "Need help now?" always in
 * view and, on a phone, a menu holding the navigation and the account.
 */
export function SiteHeader() {
  const { viewer, loading } = useSession();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // A new page closes the menu (adjusted while rendering, as React advises for derived state).
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Haven
        </Link>
        <Link to="/help" className="crisis-link">
          Need help now?
        </Link>
        <button
          type="button"
          className="site-menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="site-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        {/* A link chosen in the menu closes it (keyboard activation is a click too). */}
        <div
          className="site-menu"
          id="site-menu"
          data-open={menuOpen ? '' : undefined}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('a')) setMenuOpen(false);
          }}
        >
          <nav className="site-nav" aria-label="Main">
            <ul>
              {mainNavigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="account">
            {viewer ? (
              <>
                <Suspense fallback={null}>
                  <NotificationBadge />
                </Suspense>
                <MemberMenu handle={viewer.user.handle} />
              </>
            ) : loading ? null : (
              <ul className="account__links">
                <li>
                  <NavLink to="/sign-in">Sign in</NavLink>
                </li>
                <li>
                  <NavLink to="/sign-up" className="account__join">
                    Sign up
                  </NavLink>
                </li>
              </ul>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
