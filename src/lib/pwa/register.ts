// Browser entry, loaded on every page by src/islands/pwa/PwaNotices.astro: keeps the header's
// offline indicator true from the first moment, and once the page has loaded starts the
// service-worker session (service-worker-session.ts: registration, update prompt, first-visit
// notice). Registering after `load` keeps the worker's install downloads from competing with the
// page's own, and keeps workbox-window out of the page's first load.
import { whenIdle } from '../idle';

function trackOnline(): void {
  const badge = document.querySelector<HTMLElement>('[data-pwa="offline"]');
  const sync = () => {
    const offline = !navigator.onLine;
    document.documentElement.toggleAttribute('data-offline', offline);
    if (badge) badge.hidden = !offline;
  };
  addEventListener('online', sync);
  addEventListener('offline', sync);
  sync();
}

function whenLoaded(run: () => void): void {
  const idle = () => void whenIdle(run, 1000);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

trackOnline();
// Dev server has no sw.js; only production builds register.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  whenLoaded(() => {
    import('./service-worker-session')
      .then((m) => m.startServiceWorkerSession())
      // Its chunk is gone only when another tab installed a new version that dropped it; the
      // page still works, and the next load registers again.
      .catch(() => {});
  });
}
