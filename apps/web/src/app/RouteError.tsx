import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState, Page } from '../ui';

/** Shown inside the layout when a page fails to render, so the header (and "Need help now?") stay. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (error && !notFound) console.error(error);
  return (
    <Page title={notFound ? 'We could not find that page' : 'Something went wrong'}>
      <ErrorState
        title={notFound ? 'Page not found' : 'This page did not load'}
        message={
          notFound
            ? 'The link may be old, or the page may have moved.'
            : 'Sorry — something broke on our side. Reloading the page often helps.'
        }
        onRetry={notFound ? undefined : () => window.location.reload()}
      />
    </Page>
  );
}
