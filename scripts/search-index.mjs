// Build step 2 of 3 (after `astro build`, before the service worker): the Pagefind search index
// of the reader pages, through Pagefind's Node API. Only content inside `data-pagefind-body`
// (the documents' text) is indexed, so the other pages are left out. One record per page: the
// browser loads every page's fragment once and ranks clauses itself on the fragment's text and
// the word positions of its element ids (src/islands/search/corpus.ts says why, with figures);
// the index stays the faithful text, marks included.
//
// Honours OUT_DIR like the rest of the build. Fails the build when Pagefind reports an error or
// when a reader page is missing from the index.
import * as pagefind from 'pagefind';
import { minifySync } from 'vite';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

async function dirSize(dir) {
  let total = 0;
  let files = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { const s = await dirSize(p); total += s.total; files += s.files; }
    else { total += (await stat(p)).size; files += 1; }
  }
  return { total, files };
}

/**
 * Pagefind writes its browser module (pagefind.js, which every search loads and the service
 * worker precaches) without whitespace but with every name spelled out. Minifying it the way Vite
 * minifies our own code (same minifier) takes 45.6 KB to ~30.6 KB; the code and its exports are
 * unchanged (issue 15: the precache). Throws when the minifier reports an error.
 */
export async function minifyPagefindModule(pagefindDir) {
  const file = join(pagefindDir, 'pagefind.js');
  const code = await readFile(file, 'utf8');
  const out = minifySync('pagefind.js', code, { module: true, compress: true, mangle: { toplevel: true } });
  if (out.errors?.length) throw new Error(`pagefind.js: ${out.errors.map((e) => e.message).join('; ')}`);
  await writeFile(file, out.code);
  return { before: Buffer.byteLength(code), after: Buffer.byteLength(out.code) };
}

/** Index `outDir` into `outDir/pagefind`. Returns page count and index size. */
export async function buildSearchIndex(outDir) {
  const root = resolve(outDir);
  const t0 = performance.now();
  const readerPages = (await readdir(join(root, 'van-ban'), { withFileTypes: true })).filter((e) => e.isDirectory()).length;
  await rm(join(root, 'pagefind'), { recursive: true, force: true });
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${createErrors.join('; ')}`);
  try {
    const { errors } = await index.addDirectory({ path: root });
    if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages it indexed.
    const entry = JSON.parse(await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (pages !== readerPages) throw new Error(`pagefind indexed ${pages} pages, expected the ${readerPages} reader pages`);
    await minifyPagefindModule(join(root, 'pagefind'));
    const size = await dirSize(join(root, 'pagefind'));
    return { pages, ...size, ms: Math.round(performance.now() - t0) };
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.env.OUT_DIR ?? 'dist';
  const r = await buildSearchIndex(outDir);
  console.log(`search index: ${r.pages} pages, ${r.files} files, ${(r.total / 1024).toFixed(0)} KiB in ${outDir}/pagefind (${r.ms} ms)`);
}
