// Workbox's PrecacheController, installing with several requests in flight, after filling the
// cache from the precache pack on a first install (precache-pack.ts).
//
// Why: Workbox 7 installs its precache one file at a time (PrecacheController.install awaits each
// fetch inside a loop; workbox#2528). Over a slow link every file then costs a full round trip:
// on a Fast-3G-like link (562 ms) the ~110 files of this app took over a minute before the app
// worked offline. Six at a time (Chromium's connection limit per host on HTTP/1.1; Chromium
// itself lets an installing worker have three) overlaps the round trips. Everything else is
// Workbox's: the same strategy, cache keys, integrity, plugins and cache; a failed file still
// fails the install, as it does in Workbox.
import { PrecacheController, type PrecacheEntry } from 'workbox-precaching';
import { PrecacheInstallReportPlugin } from 'workbox-precaching/utils/PrecacheInstallReportPlugin.js';
import { fillFromPack } from './precache-pack.ts';

type InstallResult = Awaited<ReturnType<PrecacheController['install']>>;
type InstallEvent = Parameters<PrecacheController['install']>[0];

export class ParallelPrecacheController extends PrecacheController {
  readonly #concurrency: number;
  readonly #packUrl: string | null;
  /** Workbox keeps this private: a file with a revision is fetched past the HTTP cache. */
  readonly #cacheModes = new Map<string, RequestCache>();

  constructor({ cacheName, concurrency, packUrl = null }: { cacheName?: string; concurrency: number; packUrl?: string | null }) {
    super({ cacheName });
    this.#concurrency = concurrency;
    this.#packUrl = packUrl;
  }

  override addToCacheList(entries: Array<PrecacheEntry | string>): void {
    super.addToCacheList(entries);
    for (const e of entries) {
      const url = new URL(typeof e === 'string' ? e : e.url, location.href).href;
      this.#cacheModes.set(url, typeof e !== 'string' && e.revision ? 'reload' : 'default');
    }
  }

  override install(event: InstallEvent): Promise<InstallResult> {
    const done = (async () => {
      if (this.#packUrl) {
        // A failed pack is only slower: Workbox fetches whatever is not cached yet.
        await fillFromPack(this.#packUrl, this).catch((e: unknown) => console.warn('precache pack not used:', e));
      }
      const report = new PrecacheInstallReportPlugin();
      this.strategy.plugins.push(report);
      const queue = [...this.getURLsToCacheKeys()];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [url, cacheKey] = next;
          const request = new Request(url, {
            integrity: this.getIntegrityForCacheKey(cacheKey),
            cache: this.#cacheModes.get(url) ?? 'default',
            credentials: 'same-origin',
          });
          await Promise.all(this.strategy.handleAll({ params: { cacheKey }, request, event }));
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.#concurrency, queue.length) }, worker));
      return { updatedURLs: report.updatedURLs, notUpdatedURLs: report.notUpdatedURLs };
    })();
    event.waitUntil(done);
    return done;
  }
}
