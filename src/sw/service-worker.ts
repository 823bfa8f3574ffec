// The service worker (built by scripts/sw.mjs: bundled with Vite, then Workbox injects the
// precache manifest at self.__WB_MANIFEST and the build the pack's URL). It is what Workbox's
// generateSW wrote before, with one change: a first install fills the precache from one download
// (precache-pack.ts), and the rest installs several files at a time (parallel-precache.ts).
// - Every file of the build is precached, so one online visit makes the whole app work offline.
// - No skipWaiting: a new version waits until the user accepts "Đã có phiên bản mới", which
//   flushes open drafts first, then posts SKIP_WAITING (workbox-window's messageSkipWaiting).
// - clientsClaim: the very first visit is controlled at once (search works offline without a reload).
// - Query strings never change a file on a static host: every URL parameter is ignored when
//   matching the precache (Pagefind's `pagefind-entry.json?ts=…`, `/tinh-xep-loai/?ban-nhap=…`).
// - An unknown navigation gets /404.html (generateSW's navigateFallback).
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { ParallelPrecacheController } from './parallel-precache.ts';

declare const self: {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

/** Requests in flight while installing: Chromium's HTTP/1.1 connection limit per host. */
const INSTALL_CONCURRENCY = 6;
/** The precache pack of this build (scripts/sw.mjs defines it when bundling; null: no pack). */
declare const __PRECACHE_PACK_URL__: string | null;

// Before the controller exists: it reads the cache name when it is built.
setCacheNameDetails({ prefix: 'so-tay-xep-loai' });

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

const precache = new ParallelPrecacheController({ concurrency: INSTALL_CONCURRENCY, packUrl: __PRECACHE_PACK_URL__ });
precache.precache(self.__WB_MANIFEST);
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/] }));
// An address that is not a page of the app opens the Vietnamese 404 page, offline too (what
// generateSW's navigateFallback did; precached pages are matched first, by the route above).
if (precache.getCacheKeyForURL('/404.html')) registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('/404.html')));
cleanupOutdatedCaches();
