// `npm run budgets`: how much JavaScript (gzip) each built page ships before the user does
// anything, against the budget of its page type. Measured from the built HTML in OUT_DIR (or
// the folder given as argument): inline scripts, <script src>, <link rel="modulepreload">, Astro
// island component/renderer URLs, and every module those import statically. Dynamic import()
// is not followed: that code loads on demand (e.g. search, only when the user starts searching).
// Exits 1 when a page is over its budget. Other features add their page types to BUDGETS.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, posix, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Page types and their budgets in KB (1000 bytes, the stricter reading) of gzip JavaScript; the first matching entry applies. */
export const BUDGETS = [
  { type: 'reader', match: /^\/van-ban\/[^/]+\/$/, maxKB: 15, note: 'issue 2: reader pages ≤ 15 KB before searching' },
  { type: 'library', match: /^\/van-ban\/$/, maxKB: 15, note: 'library index, static' },
  { type: 'comparison', match: /^\/so-sanh\/$/, maxKB: 15, note: 'issue 13: So sánh 132 → 124 → 366, static, generated from the rules' },
  { type: 'search', match: /^\/tra-cuu\/$/, maxKB: 15, note: 'search page before a query' },
  { type: 'home', match: /^\/$/, maxKB: 15, note: 'home page, static' },
  // Issue 6 (meeting tools). docx (~66 KB) loads only on export.
  // Issue 15: the roster and the vote tally draw their screens from build-time data; the rules
  // engine (the roster's quota and ratings, the tally's count under the plan's rule) loads on the
  // first interaction (or once there are rows / names), the drafts store and zod with the first
  // read or save.
  // The roster's budget is 43, not 45: the browser also fetches the service-worker session
  // (~3.5 KB, src/lib/pwa/service-worker-session.ts, when the page is idle after load), and the
  // page fetches ≈ 1.6 KB more than this static count (npm run perf's js row); 43 keeps that ≤ 45.
  { type: 'meeting-roster', match: /^\/cong-cu-hop\/$/, maxKB: 43, note: 'issue 15: roster ≤ 45 KB fetched before interaction (the service-worker session included); engine, zod, docx, the long-list window on demand' },
  { type: 'meeting-tally', match: /^\/cong-cu-hop\/kiem-phieu\/$/, maxKB: 45, note: 'issue 15: vote tally ≤ 45 KB before interaction; the count (rules, engine), zod, docx on demand' },
  { type: 'meeting-light', match: /^\/cong-cu-hop\/khen-thuong\/$/, maxKB: 35, note: 'issue 6: awards rules; engine and docx on demand' },
  // The review form reopens the member's saved review on arrival, so the drafts store (idb + the
  // zod schemas it validates with) loads with it; the rules engine and docx still load on demand.
  // Issue 12 added the draft session's synchronous part to every screen that keeps a draft (the
  // pending-edit journal written on every input, the autosave that reports failures, the failure
  // notices): about +4.3 KB each, so the review, record and summary budgets went from 45 to 49 KB.
  { type: 'meeting-review', match: /^\/cong-cu-hop\/ban-kiem-diem\/$/, maxKB: 49, note: 'review form (Mẫu 02) with its drafts and their journal; engine and docx on demand' },
  // Issue 16: the review record and the đảng ủy's summary keep drafts (idb + zod) from the start;
  // the rules engine, docx and the Excel libraries load only when an action needs them.
  { type: 'meeting-record', match: /^\/cong-cu-hop\/ky-kiem-diem\/$/, maxKB: 49, note: 'issue 16: review record with its calendar; no engine' },
  { type: 'meeting-summary', match: /^\/cong-cu-hop\/tong-hop\/$/, maxKB: 49, note: 'issue 16: đảng ủy summary; engine, docx and Excel on use' },
  // Issue 4 (calculator). The page's code draws a usable form (questions and rulesets are computed
  // at build time). The rules engine and the draft schemas are import()ed on the first interaction
  // or when a saved draft is opened; test/e2e/calculator.e2e.test.ts checks in Chromium that
  // nothing more than this loads before then, and reports what follows.
  { type: 'calculator', match: /^\/tinh-xep-loai\/[^/]+\/$/, maxKB: 45, note: 'issue 4: calculator pages ≤ 45 KB on first load' },
  // The drafts list validates every draft type's schema (zod) but never rates: no rules engine.
  { type: 'drafts', match: /^\/ban-nhap\/$/, maxKB: 60, note: 'drafts list: idb + every draft schema, no rules engine' },
  { type: 'calculator-index', match: /^\/tinh-xep-loai\/$/, maxKB: 15, note: 'issue 4: choose the subject kind, static' },
];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function htmlFiles(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'pagefind') out.push(...(await htmlFiles(p))); }
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Static import specifiers of a module (not dynamic `import()`). */
export function staticImports(code) {
  const specs = new Set();
  const re = /(?:^|[;\s})])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) specs.add(m[1]);
  return [...specs];
}

/** URL path of a page for its HTML file: dist/van-ban/x/index.html → /van-ban/x/. */
function pageUrl(root, file) {
  const rel = relative(root, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[2] ?? m[3] ?? m[4]) : null;
}

/** Measure one page: the JS it loads before any interaction. */
export async function measurePage(root, file) {
  const html = await readFile(file, 'utf8');
  const url = pageUrl(root, file);
  const files = new Map(); // path → gzip bytes
  let inline = 0;
  const queue = [];
  const resolveUrl = (spec, base) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(base), spec));

  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs, body] = m;
    const type = attr(`<x ${attrs}>`, 'type');
    if (type && !/module|javascript/i.test(type)) continue; // JSON, ld+json…
    const src = attr(`<x ${attrs}>`, 'src');
    if (src) queue.push(resolveUrl(src, url));
    else if (body.trim()) {
      inline += gz(Buffer.from(body));
      for (const spec of staticImports(body)) if (!/^https?:/.test(spec)) queue.push(resolveUrl(spec, url));
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/rel\s*=\s*["']?modulepreload/i.test(m[0])) { const href = attr(m[0], 'href'); if (href) queue.push(resolveUrl(href, url)); }
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) { const v = attr(m[0], a); if (v) queue.push(resolveUrl(v, url)); }
  }
  while (queue.length) {
    const p = queue.shift().split(/[?#]/)[0];
    if (files.has(p)) continue;
    let code;
    try { code = await readFile(join(root, p)); } catch { throw new Error(`${url}: script ${p} not found in build`); }
    files.set(p, gz(code));
    for (const spec of staticImports(code.toString('utf8'))) if (!/^https?:|^node:/.test(spec)) queue.push(resolveUrl(spec, p));
  }
  const bytes = inline + [...files.values()].reduce((a, b) => a + b, 0);
  const budget = BUDGETS.find((b) => b.match.test(url)) ?? null;
  return { url, type: budget?.type ?? '-', bytes, kb: bytes / 1000, maxKB: budget?.maxKB ?? null, files: [...files.keys()], inline, over: budget ? bytes > budget.maxKB * 1000 : false };
}

export async function measureBudgets(outDir) {
  const root = resolve(outDir);
  const pages = [];
  for (const f of (await htmlFiles(root)).sort()) pages.push(await measurePage(root, f));
  return pages;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const pages = await measureBudgets(outDir);
  const rows = pages.map((p) => [p.url, p.type, `${p.kb.toFixed(1)} KB`, p.maxKB === null ? '—' : `${p.maxKB} KB`, p.over ? 'OVER' : 'ok']);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length), ['page', 'type', 'JS gzip', 'budget', ''][i].length));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(['page', 'type', 'JS gzip', 'budget', '']));
  for (const r of rows) console.log(line(r));
  const over = pages.filter((p) => p.over);
  if (over.length) { console.error(`${over.length} page(s) over budget`); process.exit(1); }
}
