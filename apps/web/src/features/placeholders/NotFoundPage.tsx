import { Link } from 'react-router';
import { Page } from '../../ui';

export function NotFoundPage() {
  return (
    <Page title="We could not find that page" documentTitle="Page not found" narrow>
      <p>The link may be old, or the page may have moved. Nothing is wrong on your side.</p>
      <ul className="link-list">
        <li>
          <Link to="/">Go to the home page</Link>
        </li>
        <li>
          <Link to="/help">Need help now?</Link>
        </li>
      </ul>
    </Page>
  );
}
