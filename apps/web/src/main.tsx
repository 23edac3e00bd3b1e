import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './lib/apollo-client';
import { restoreSession } from './lib/token-refresh';
import './styles.css';

const client = createApolloClient();
void restoreSession();

const container = document.getElementById('root');
if (!container) throw new Error('Haven needs an element with id "root".');
createRoot(container).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);

// Keeps the shell and the crisis page for offline use (built app only: the dev server has no worker).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener(
    'load',
    () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined),
  );
}
