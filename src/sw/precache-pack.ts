// The precache in one download, on a first install.
//
// Why: Chromium lets an installing service worker have only three requests in flight
// (its ThrottleInstallingServiceWorker feature; measured here: 3 at the server whatever the
// worker asks for, 6 with the feature off). With ~110 files and a 562 ms round trip (Fast 3G)
// that alone is ~20 s before the app works offline. The build therefore also writes every
// precached file into one gzip "pack" (scripts/sw.mjs); a first install fetches it once and
// puts each file into Workbox's own cache under Workbox's own cache key, so Workbox's install
// that follows finds every file cached and fetches none. An update (files already cached) does
// not use it: Workbox then fetches only the files that changed. Any failure here just leaves
// the work to Workbox.
//
// Pack format (all inside one gzip stream): a 4-byte big-endian header length, the header (UTF-8
// JSON, PackEntry[]), then the files' bytes one after another in header order.
import type { PrecacheController } from 'workbox-precaching';

export interface PackEntry {
  /** The manifest's URL (relative to the worker). */
  url: string;
  /** The manifest's revision (null for hashed file names). */
  revision: string | null;
  /** Content-Type to store with the file. */
  type: string;
  /** Length in bytes. */
  size: number;
}

/** Parse a pack (already inflated). */
export function readPack(bytes: Uint8Array): { entry: PackEntry; body: Uint8Array }[] {
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as PackEntry[];
  let offset = 4 + headerLength;
  const out = header.map((entry) => {
    const body = bytes.subarray(offset, offset + entry.size);
    offset += entry.size;
    return { entry, body };
  });
  if (offset !== bytes.byteLength) throw new Error(`precache pack: ${bytes.byteLength - offset} bytes unaccounted for`);
  return out;
}

/**
 * On a first install (the precache is empty), fill it from the pack at `packUrl`. Only files
 * whose revision is the one the manifest expects are stored. Returns how many were stored.
 */
export async function fillFromPack(packUrl: string, controller: PrecacheController): Promise<number> {
  const cache = await caches.open(controller.strategy.cacheName);
  if ((await cache.keys()).length) return 0;
  const response = await fetch(packUrl, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new Error(`precache pack: HTTP ${response.status}`);
  const bytes = new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  const puts: Promise<void>[] = [];
  for (const { entry, body } of readPack(bytes)) {
    const key = controller.getCacheKeyForURL(entry.url);
    if (!key || new URL(key).searchParams.get('__WB_REVISION__') !== entry.revision) continue;
    puts.push(cache.put(key, new Response(body.slice(), { headers: { 'content-type': entry.type } })));
  }
  await Promise.all(puts);
  return puts.length;
}
