import { Link, NavLink } from 'react-router';
import { useSession } from '../lib';
import { NotificationBadge } from '../features/notifications';
import { MemberMenu } from './MemberMenu';
import { mainNavigation } from './routes';

export function SiteHeader() {
  const { viewer, loading } = useSession();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Haven
          </Link>
          <Link to="/help" className="crisis-link">
            Need help now?
          </Link>
        </div>
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
              <NotificationBadge />
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
    </header>
  );
}
