// Haven's service worker: keeps the app's shell and the crisis page (/help) so they open offline.
// The build fills in the shell's files and a version that changes with them.
const SHELL_FILES = '__SHELL_FILES__';
const CACHE = 'haven-shell-__SHELL_VERSION__';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(Array.isArray(SHELL_FILES) ? SHELL_FILES : ['/index.html', '/help']))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('haven-shell-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages come from the network; offline, /help is the kept crisis page and anything else the shell
    // (index.html: the header alone, where the app draws whichever page was asked for).
    const fallback = url.pathname.replace(/\/+$/, '') === '/help' ? '/help' : '/index.html';
    event.respondWith(fetch(request).catch(() => caches.match(fallback, { cacheName: CACHE })));
    return;
  }
  if (url.pathname.startsWith('/assets/') || SHELL_FILES.includes(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
});

// Web push: what the server pushes is what the notification list shows (a summary and where it leads).
self.addEventListener('push', (event) => {
  let message = { summary: 'Something new on Haven', path: '/notifications' };
  try {
    message = { ...message, ...(event.data ? event.data.json() : {}) };
  } catch {
    // Not JSON: keep the general wording.
  }
  const path =
    typeof message.path === 'string' && message.path.startsWith('/') ? message.path : '/notifications';
  event.waitUntil(
    self.registration.showNotification('Haven', {
      body: String(message.summary),
      icon: '/favicon.svg',
      tag: typeof message.id === 'string' ? message.id : undefined,
      data: { path },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = event.notification.data?.path ?? '/notifications';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) return open.focus().then(() => open.navigate(path));
      return self.clients.openWindow(path);
    }),
  );
});
