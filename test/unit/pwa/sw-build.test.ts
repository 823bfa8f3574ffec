import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildServiceWorker } from '../../../scripts/sw.mjs';

let dirs: string[] = [];
afterEach(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); dirs = []; });

/** A small output folder shaped like ours: pages, an Astro bundle, a Pagefind index. */
function fixture(files: Record<string, string | number>) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-fixture-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'number' ? Buffer.alloc(content, 1) : content);
  }
  return dir;
}

const SITE = {
  'index.html': '<script type="module" src="/_astro/app.abc.js"></script>',
  'van-ban/index.html': '<h1>Thư viện</h1>',
  'van-ban/124/index.html': '<h1>Quy định 124</h1>',
  '_astro/app.abc.js': 'import("/pagefind/pagefind.js")',
  'manifest.webmanifest': '{}',
  'icons/icon-192.png': 300,
  'pagefind/pagefind.js': 'new Worker(`${base}pagefind-worker.js`)',
  'pagefind/pagefind-worker.js': 4000,
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/wasm.unknown.pagefind': 2000,
  'pagefind/pagefind.vi_x.pf_meta': 100,
  'pagefind/index/vi_x.pf_index': 100,
  'pagefind/fragment/vi_y.pf_fragment': 100,
  'pagefind/pagefind-ui.js': 40_000,
  'pagefind/pagefind-ui.css': 10_000,
  'js/app.js.map': 5000,
};

const precached = (dir: string) => [...readFileSync(join(dir, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]).sort();

describe('service worker build (scripts/sw.mjs)', () => {
  it('precaches every page, asset and search-index file, but not unused Pagefind UI bundles, its worker or source maps', async () => {
    const dir = fixture(SITE);
    const result = await buildServiceWorker(dir);
    expect(precached(dir)).toEqual([
      '_astro/app.abc.js', 'icons/icon-192.png', 'index.html', 'manifest.webmanifest',
      'pagefind/fragment/vi_y.pf_fragment', 'pagefind/index/vi_x.pf_index', 'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js', 'pagefind/pagefind.vi_x.pf_meta', 'pagefind/wasm.unknown.pagefind',
      'van-ban/124/index.html', 'van-ban/index.html',
    ]);
    expect(result.count).toBe(12);
    expect(result.skipped.sort()).toEqual(['pagefind/pagefind-ui.css', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-worker.js']);
  });

  it('keeps a Pagefind UI bundle that a page does load', async () => {
    const dir = fixture({ ...SITE, 'van-ban/index.html': '<script src="/pagefind/pagefind-ui.js"></script>' });
    await buildServiceWorker(dir);
    expect(precached(dir)).toContain('pagefind/pagefind-ui.js');
    expect(precached(dir)).not.toContain('pagefind/pagefind-ui.css');
  });

  it('waits for the user before activating a new version and ignores query strings', async () => {
    const dir = fixture(SITE);
    await buildServiceWorker(dir);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    // skipWaiting() is only reachable from the SKIP_WAITING message (workbox-window's messageSkipWaiting).
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/addEventListener\(`message`,\w+=>\{[^}]*`SKIP_WAITING`[^}]*self\.skipWaiting\(\)\}/);
    expect(sw).toContain('self.clients.claim()');
    expect(sw).toContain('ignoreURLParametersMatching:[/.*/]');
  });

  it('fails the build when the precache is over budget, saying how big it is', async () => {
    const dir = fixture(SITE);
    await expect(buildServiceWorker(dir, { budgetBytes: 2500 })).rejects.toThrow(/Workbox warnings|over the/);
    const dir2 = fixture({ 'index.html': 'x', 'a.bin': 1500, 'b.bin': 1500 });
    await expect(buildServiceWorker(dir2, { budgetBytes: 2500 })).rejects.toThrow(/3001 bytes\) in 3 files, over the 0\.003 MB \(2500 bytes\) budget/);
  });

  it('refuses to run before the site is built', async () => {
    const dir = fixture({ 'other.txt': 'x' });
    await expect(buildServiceWorker(dir)).rejects.toThrow(/index\.html not found/);
  });
});

describe('precache pack (first install in one download)', () => {
  it('holds every precached file with its revision and type, and nothing else', async () => {
    const dir = fixture(SITE);
    const { pack } = await buildServiceWorker(dir);
    const { readPack } = await import('../../../src/sw/precache-pack.ts');
    const files = readPack(new Uint8Array(gunzipSync(readFileSync(join(dir, pack.url)))));
    expect(files.map((f) => f.entry.url).sort()).toEqual(precached(dir));
    const byUrl = new Map(files.map((f) => [f.entry.url, f]));
    expect(Buffer.from(byUrl.get('index.html')!.body).toString()).toBe(SITE['index.html']);
    expect(byUrl.get('index.html')!.entry.type).toBe('text/html; charset=utf-8');
    expect(byUrl.get('_astro/app.abc.js')!.entry).toMatchObject({ revision: null, type: 'text/javascript; charset=utf-8' });
    expect(byUrl.get('pagefind/wasm.unknown.pagefind')!.body.length).toBe(2000);
    // The revision the worker checks against its manifest is the manifest's own.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain(`"revision":"${byUrl.get('index.html')!.entry.revision}","url":"index.html"`);
    expect(sw).toContain(pack.url);
  });

  it('is not precached itself and is replaced on every build', async () => {
    const dir = fixture(SITE);
    const first = (await buildServiceWorker(dir)).pack.url;
    writeFileSync(join(dir, 'van-ban/index.html'), '<h1>Thư viện (mới)</h1>');
    const second = (await buildServiceWorker(dir)).pack.url;
    expect(second).not.toBe(first);
    expect(readdirSync(join(dir, '_precache'))).toEqual([second.slice('_precache/'.length)]);
    expect(precached(dir).some((u) => u.startsWith('_precache'))).toBe(false);
  });
});
