// Build step 3 of 3 (after `astro build` and the Pagefind index): the service worker, so that one
// online visit makes the whole app usable offline.
//
// How: src/sw/service-worker.ts is bundled with Vite (Astro's own bundler), then Workbox's
// injectManifest writes the precache manifest into it. The worker's behaviour is described in
// that file; it is what generateSW produced before, except that the precache installs six files
// at a time (Workbox installs one at a time: over a slow link the app took a minute to work
// offline; issue 15).
//
// Why these choices:
// - The build also writes every precached file into one gzip pack (_precache/<hash>.pack) that
//   a first install downloads in one request (src/sw/precache-pack.ts says why).
// - Everything in the output folder is precached (`**/*`), so pages, islands and search-index
//   files added by other features are picked up without touching this script. The only files
//   left out are the service worker itself, source maps, and Pagefind's optional bundles that no
//   page references: its UI bundles (~0.5 MB) and its web worker (41 KB; our search runs Pagefind
//   with `noWorker`, src/islands/search/engine.ts, and Pagefind falls back to the main thread
//   when a worker cannot load).
// - Astro's hashed bundles are immutable: no revision, the file name is the version.
// - Any Workbox warning (e.g. a file too big to precache) fails the build: a silently skipped
//   file is a page that breaks in a meeting room without network.
import { getManifest, injectManifest } from 'workbox-build';
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TYPES } from './serve.mjs';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const SW_SOURCE = join(PROJECT, 'src/sw/service-worker.ts');

/** Where the precache pack goes (src/sw/precache-pack.ts reads it; never precached itself). */
const PACK_DIR = '_precache';

/** Bundle the worker's source into one classic script (a service worker is not a module here). */
async function bundleWorker(dir, packUrl) {
  await build({
    configFile: false, logLevel: 'warn', publicDir: false, root: PROJECT,
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), __PRECACHE_PACK_URL__: JSON.stringify(packUrl) },
    build: {
      outDir: dir, emptyOutDir: false, minify: true, sourcemap: false, copyPublicDir: false, reportCompressedSize: false,
      lib: { entry: SW_SOURCE, formats: ['iife'], name: 'serviceWorker', fileName: () => 'sw.src.js' },
    },
  });
  return join(dir, 'sw.src.js');
}

/**
 * Every precached file in one gzip file, in the format src/sw/precache-pack.ts reads: a 4-byte
 * header length, the JSON header, the files. Named by its content's hash (immutable).
 */
export async function writePrecachePack(root, manifestEntries) {
  const entries = [];
  const bodies = [];
  for (const { url, revision } of manifestEntries) {
    const body = await readFile(join(root, url));
    entries.push({ url, revision: revision ?? null, type: TYPES[extname(url)] ?? 'application/octet-stream', size: body.length });
    bodies.push(body);
  }
  const header = Buffer.from(JSON.stringify(entries));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const pack = gzipSync(Buffer.concat([length, header, ...bodies]), { level: 9 });
  const name = `${PACK_DIR}/${createHash('sha256').update(pack).digest('hex').slice(0, 16)}.pack`;
  await rm(join(root, PACK_DIR), { recursive: true, force: true });
  await mkdir(join(root, PACK_DIR));
  await writeFile(join(root, name), pack);
  return { url: name, bytes: pack.length };
}

/**
 * Precache budget: issue 5 set 2 MB; issue 16 allows 2.5 MB so that the Excel libraries
 * (read-excel-file, write-excel-file, Papa Parse: ~140 KB minified, loaded only on use) work
 * offline too (decimal megabytes, the stricter reading).
 */
export const PRECACHE_BUDGET_BYTES = 2_500_000;

/**
 * Pagefind client bundles that are only needed when a page loads them by name. The worker is
 * named only by pagefind.js itself, which starts it unless told `noWorker` (ours is).
 */
const OPTIONAL_PAGEFIND = /^pagefind\/(pagefind-ui|pagefind-modular-ui|pagefind-component-ui|pagefind-highlight|pagefind-worker)\.(js|css)$/;

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
  const files = {
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', '**/*.map', `${PACK_DIR}/**`, ...skipped],
    dontCacheBustURLsMatching: /^_astro\//,
    // Larger files are reported as warnings, which fail the build below.
    maximumFileSizeToCacheInBytes: budgetBytes,
  };
  const { manifestEntries, count, size, warnings } = await getManifest(files);
  if (warnings.length) throw new Error(`sw: Workbox warnings (a file would be missing offline):\n${warnings.join('\n')}`);
  if (size > budgetBytes) {
    throw new Error(`sw: precache is ${fmt(size)} in ${count} files, over the ${fmt(budgetBytes)} budget`);
  }
  const pack = await writePrecachePack(root, manifestEntries);
  const tmp = await mkdtemp(join(tmpdir(), 'sw-'));
  try {
    const { filePaths } = await injectManifest({ ...files, swSrc: await bundleWorker(tmp, pack.url), swDest: join(root, 'sw.js') });
    return { count, size, skipped, swFiles: filePaths, pack };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

const fmt = (bytes) => `${(bytes / 1_000_000).toFixed(3)} MB (${bytes} bytes)`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.env.OUT_DIR ?? 'dist';
  const started = performance.now();
  try {
    const { count, size, skipped, pack } = await buildServiceWorker(outDir);
    const ms = Math.round(performance.now() - started);
    console.log(`sw: precached ${count} files, ${fmt(size)} of ${fmt(PRECACHE_BUDGET_BYTES)} budget → ${outDir}/sw.js (${ms} ms)`);
    console.log(`sw: first-install pack ${pack.url}: ${fmt(pack.bytes)} gzip`);
    if (skipped.length) console.log(`sw: not precached (no page uses them): ${skipped.join(', ')}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
