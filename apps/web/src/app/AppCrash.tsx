import { useRouteError } from 'react-router';

/**
 * Last resort when the layout itself fails: plain markup with no dependency on the session or the API,
 * still pointing to crisis help.
 */
export function AppCrash() {
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="site-main page--narrow">
      <h1>Something went wrong</h1>
      <p>Sorry — Haven could not show this page. Reloading often helps.</p>
      <p>
        <a href={window.location.pathname}>Reload the page</a> or <a href="/">go to the home page</a>.
      </p>
      <p>
        <strong>If you are in immediate danger, call your local emergency number.</strong>{' '}
        <a href="/help">Find a crisis line</a>.
      </p>
    </main>
  );
}
