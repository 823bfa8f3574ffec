// The service-worker half of src/lib/pwa/register.ts: registers /sw.js with workbox-window,
// wires the update prompt and the first-visit notice, and looks for new versions when the device
// is back online. It is a module of its own so that it (workbox-window and the update controller,
// ~3.5 KB gzip) loads after the page has loaded, as Workbox advises for registration, instead of
// being part of every page's first load. The markup it drives is static HTML in the components;
// it only toggles `hidden` and sets fixed texts (never HTML).
import { Workbox } from 'workbox-window';
import { flushAll, hasOpenForms } from '../flush-registry';
import { CHECK_INTERVAL_MS, createUpdateChecks, watchInstall } from './update-checks';
import { createUpdateController, type UpdateView } from './update-controller';

function q<T extends HTMLElement>(selector: string): T | null {
  return document.querySelector<T>(selector);
}

function domView(): UpdateView {
  const update = q('[data-pwa="update"]');
  const ready = q('[data-pwa="ready"]');
  const acceptButton = q<HTMLButtonElement>('[data-pwa-action="accept"]');
  let onAccept: (() => void) | null = null;
  acceptButton?.addEventListener('click', () => onAccept?.());
  q('[data-pwa-action="later"]')?.addEventListener('click', () => { if (update) update.hidden = true; });
  q('[data-pwa-action="close"]')?.addEventListener('click', () => { if (ready) ready.hidden = true; });
  return {
    offerUpdate(kind, accept) {
      onAccept = accept;
      if (acceptButton) {
        acceptButton.disabled = false;
        acceptButton.textContent = kind === 'activate' ? 'Cập nhật ngay' : 'Tải lại';
      }
      if (ready) ready.hidden = true;
      if (update) update.hidden = false;
    },
    showUpdating() {
      update?.querySelector('[data-pwa="update-error"]')?.remove();
      if (acceptButton) { acceptButton.disabled = true; acceptButton.textContent = 'Đang lưu bản nháp và cập nhật…'; }
    },
    showSaveFailed(reason) {
      if (!update) return;
      let p = update.querySelector<HTMLElement>('[data-pwa="update-error"]');
      if (!p) {
        p = document.createElement('p');
        p.dataset.pwa = 'update-error';
        p.setAttribute('role', 'alert');
        update.querySelector('.pwa-actions')?.before(p);
      }
      p.textContent = `Chưa cập nhật: bản nháp đang mở chưa lưu được (${reason.replace(/\.$/, '')}). Trang không tải lại nên không mất gì; hãy xuất bản nháp ra tệp rồi bấm cập nhật lại.`;
    },
    showOfflineReady() {
      if (ready && update?.hidden !== false) ready.hidden = false;
      for (const el of document.querySelectorAll<HTMLElement>('[data-pwa-status]')) el.textContent = 'Đã sẵn sàng dùng ngoại tuyến.';
    },
  };
}

/** "Giới thiệu" shows whether this device can already work offline. */
async function reportOfflineStatus(): Promise<void> {
  const targets = document.querySelectorAll<HTMLElement>('[data-pwa-status]');
  if (!targets.length) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const text = registration?.active
    ? 'Đã sẵn sàng dùng ngoại tuyến.'
    : 'Chưa sẵn sàng: hãy mở ứng dụng một lần khi có mạng và chờ thông báo “Đã sẵn sàng dùng ngoại tuyến”.';
  for (const el of targets) el.textContent = text;
}

/** Registers the worker and wires the update prompt; called by register.ts once the page has loaded. */
export async function startServiceWorkerSession(): Promise<void> {
  const wb = new Workbox('/sw.js', { scope: '/' });
  const controller = createUpdateController({
    wb, view: domView(), flushAll, hasOpenForms, reload: () => location.reload(),
    hadController: Boolean(navigator.serviceWorker.controller),
  });
  // Service workers blocked (private mode, policy) or a first visit without a network: the app
  // still works online, it just cannot go offline yet.
  const registration = await wb.register().catch(() => undefined);
  if (!registration) return;
  void reportOfflineStatus();
  navigator.serviceWorker.ready.then(() => reportOfflineStatus());
  const checks = createUpdateChecks({
    update: () => wb.update(),
    isOnline: () => navigator.onLine,
    schedule: (run, ms) => { const t = setTimeout(run, ms); return () => clearTimeout(t); },
  });
  // Every update's install (started by our checks, another tab's or the browser's own on
  // navigation) is watched: one that fails is retried (update-checks.ts says why). A first
  // install that fails leaves no registration to update: the next page load registers again.
  const watch = () => {
    const worker = registration.installing;
    if (!worker || !registration.active) return;
    watchInstall(worker, {
      failed: checks.failed,
      installed: () => { checks.installed(); if (registration.waiting === worker) controller.waiting(); },
    });
  };
  watch();
  registration.addEventListener('updatefound', watch);
  // Coming back to the office Wi-Fi is the moment a new version can arrive.
  addEventListener('online', checks.check);
  // A tablet woken up from the bag: look again, at most every few minutes.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck > 5 * 60 * 1000) { lastCheck = Date.now(); checks.check(); }
  });
  setInterval(checks.check, CHECK_INTERVAL_MS);
}
