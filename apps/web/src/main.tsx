import './styles.css';

/**
 * The page the server sent (the header, the crisis button, and on some pages their opening) is painted
 * before the app's scripts run: they start once the browser has painted it, or at once in a tab that is
 * not shown (where nothing is painted). Their files are already on their way (preloaded by the page).
 */
let started = false;
function start(): void {
  if (started) return;
  started = true;
  void import('./boot');
}

if (document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined') {
  start();
} else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  // A browser that reports no paint still starts, a moment later.
  setTimeout(start, 500);
}
