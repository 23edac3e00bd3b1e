import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchRoute } from './app/routes';
import { createApolloClient } from './lib/apollo-client';
import { restoreSession } from './lib/token-refresh';

const client = createApolloClient();
void restoreSession();
// The first page's data is asked for now, alongside its code, not once its code has run.
prefetchRoute(client, window.location.pathname);

const container = document.getElementById('root');
if (!container) throw new Error('Haven needs an element with id "root".');
const root = createRoot(container);
// A transition: React renders the first page in short slices, so a slow phone stays responsive meanwhile.
startTransition(() => {
  root.render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
});

// Keeps the shell and the crisis page for offline use (built app only: the dev server has no worker), once
// the page has loaded (which it may already have, the app starting after the first paint).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
