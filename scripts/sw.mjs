// Build step 3 of 3 (after `astro build` and the Pagefind index): generate the service worker
// with Workbox so that one online visit makes the whole app usable offline.
//
// Why these choices:
// - Everything in the output folder is precached (`**/*`), so pages, islands and search-index
//   files added by other features are picked up without touching this script. The only files
//   left out are the service worker itself, source maps, and Pagefind's optional UI bundles that
//   no page references (they would cost ~0.5 MB of the 2 MB budget for nothing).
// - skipWaiting is OFF: a new version waits until the user accepts the "Đã có phiên bản mới"
//   prompt, which first flushes open drafts and then sends SKIP_WAITING (workbox-window's
//   messageSkipWaiting). With skipWaiting on, a deploy could swap code under an open form.
//   clientsClaim is ON so the very first visit is controlled at once (search offline without a
//   reload); on updates it only takes effect after the user accepted.
// - Query strings never change a file on a static host, so every URL parameter is ignored when
//   matching the precache (Pagefind's `pagefind-entry.json?ts=…`, `/tinh-xep-loai/?…`).
// - Any Workbox warning (e.g. a file too big to precache) fails the build: a silently skipped
//   file is a page that breaks in a meeting room without network.
import { generateSW } from 'workbox-build';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Precache budget: issue 5 set 2 MB; issue 16 allows 2.5 MB so that the Excel libraries
 * (read-excel-file, write-excel-file, Papa Parse: ~140 KB minified, loaded only on use) work
 * offline too (decimal megabytes, the stricter reading).
 */
export const PRECACHE_BUDGET_BYTES = 2_500_000;

/** Pagefind client bundles that are only needed when a page loads them by name. */
const OPTIONAL_PAGEFIND = /^pagefind\/(pagefind-ui|pagefind-modular-ui|pagefind-component-ui|pagefind-highlight)\.(js|css)$/;

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/** Optional Pagefind bundles (relative paths) that no HTML, JS or CSS file outside pagefind/ mentions. */
export async function unusedOptionalBundles(outDir) {
  const root = resolve(outDir);
  const files = (await listFiles(root)).map((f) => relative(root, f).split(sep).join('/'));
  const optional = files.filter((f) => OPTIONAL_PAGEFIND.test(f));
  if (!optional.length) return [];
  const referencing = files.filter((f) => !f.startsWith('pagefind/') && /\.(html|js|mjs|css)$/.test(f));
  const texts = await Promise.all(referencing.map((f) => readFile(join(root, f), 'utf8')));
  return optional.filter((f) => {
    const name = f.slice('pagefind/'.length);
    return !texts.some((t) => t.includes(name));
  });
}

/**
 * Generate `<outDir>/sw.js`. Throws (so the build fails) when Workbox warns or the precache is
 * over budget. Returns what was precached for the build log and the tests.
 */
export async function buildServiceWorker(outDir, { budgetBytes = PRECACHE_BUDGET_BYTES } = {}) {
  const root = resolve(outDir);
  if (!(await stat(join(root, 'index.html')).catch(() => null))) {
    throw new Error(`sw: ${root}/index.html not found — run astro build first`);
  }
  const skipped = await unusedOptionalBundles(root);
  const { count, size, warnings, filePaths } = await generateSW({
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', '**/*.map', ...skipped],
    swDest: join(root, 'sw.js'),
    cacheId: 'so-tay-xep-loai',
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    ignoreURLParametersMatching: [/.*/],
    // An address that is not a page of the app opens the Vietnamese 404 page, offline too
    // (precached pages are matched first; only unknown navigations fall back).
    navigateFallback: '/404.html',
    // Astro's hashed bundles are immutable: no revision needed, the file name is the version.
    dontCacheBustURLsMatching: /^_astro\//,
    // Larger files are reported as warnings, which fail the build below.
    maximumFileSizeToCacheInBytes: budgetBytes,
  });
  if (warnings.length) throw new Error(`sw: Workbox warnings (a file would be missing offline):\n${warnings.join('\n')}`);
  if (size > budgetBytes) {
    throw new Error(`sw: precache is ${fmt(size)} in ${count} files, over the ${fmt(budgetBytes)} budget`);
  }
  return { count, size, skipped, swFiles: filePaths };
}

const fmt = (bytes) => `${(bytes / 1_000_000).toFixed(3)} MB (${bytes} bytes)`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.env.OUT_DIR ?? 'dist';
  const started = performance.now();
  try {
    const { count, size, skipped } = await buildServiceWorker(outDir);
    const ms = Math.round(performance.now() - started);
    console.log(`sw: precached ${count} files, ${fmt(size)} of ${fmt(PRECACHE_BUDGET_BYTES)} budget → ${outDir}/sw.js (${ms} ms)`);
    if (skipped.length) console.log(`sw: not precached (no page uses them): ${skipped.join(', ')}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
