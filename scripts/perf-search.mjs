#!/usr/bin/env node
// Search speed in Chromium, as a user lives it, against Pagefind's own default UI on the same
// index in the same run (issue 11; issue 15 folds this into `npm run perf`).
//
// For each of RUNS fresh browser contexts and for each system:
//   ours:      /tra-cuu/ — focus the box (the search starts loading, as Pagefind's UI does on
//              focus), wait until it is loaded, then type a query and press Enter;
//   reference: a page with Pagefind's default UI (pagefind-ui.js, sub-results on, no debounce),
//              focus, wait until its bundle is loaded, then type the same query.
// A query's time runs from the Enter key (ours) or the input event (reference) to the first
// animation frame at which its results are on screen (see pageScript). The first query of a
// context is reported apart from the later ones. Also reported: how long loading took after
// focus, and a user who types at once after focus (loading included in the first query).
//
// Usage: npm run build && node scripts/perf-search.mjs [--runs=3] [--json=reports/perf-search.json]
// Timings are reported, never asserted: this machine is shared and noisy; compare the columns,
// which were measured in the same run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', '3'));
const JSON_OUT = arg('json', 'reports/perf-search.json');
const DIST = process.env.OUT_DIR ?? 'dist';
const QUERIES = ['nghi om 3 thang', 'xep loai dang vien', 'tu phat hien va khac phuc xong hau qua', 'giay khen', 'dieu 12 khoan 4', 'phieu tin nhiem thap tren 50%', 'HTXSNV'];

const REFERENCE_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"></head><body><div id="search"></div>
<script src="/pagefind/pagefind-ui.js"></script>
<script>new PagefindUI({ element: '#search', showSubResults: true, showImages: false, debounceTimeoutMs: 0, translations: { searching: 'SEARCHING [SEARCH_TERM]' } });</script></body></html>`;

/** In the page: `__until(system, q)` resolves with the time of the first animation frame at
 * which the results for `q` are on screen. Ours: the results form says it finished `q`
 * (data-search-done). Pagefind's UI: its message names `q` (no longer "searching"), and no
 * result is still a loading placeholder. */
function pageScript() {
  const shown = {
    ours: (q) => document.getElementById('tra-cuu-form')?.dataset.searchDone === q,
    header: (q) => document.querySelector('form.site-search')?.dataset.searchDone === q,
    reference: (q) => {
      const msg = document.querySelector('#search .pagefind-ui__message')?.textContent ?? '';
      return msg.includes(q) && !msg.startsWith('SEARCHING') && !document.querySelector('#search .pagefind-ui__loading');
    },
  };
  window.__until = (system, q) => new Promise((resolve) => {
    const tick = () => (shown[system](q) ? resolve(performance.now()) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
  window.__mark = () => { window.__t0 = performance.now(); };
}

async function measure(page, system, query) {
  const input = system === 'ours' ? '#tra-cuu-q' : '#search input';
  const watch = () => page.evaluate(([sys, q]) => { window.__done = window.__until(sys, q); }, [system, query]);
  if (system === 'ours') {
    // Typed (the typing debounce runs it once: not timed), then Enter, which runs it at once.
    await page.locator(input).fill(query);
    await page.waitForFunction((q) => document.getElementById('tra-cuu-form').dataset.searchDone === q, query);
    await page.evaluate(() => { delete document.getElementById('tra-cuu-form').dataset.searchDone; });
    await watch();
    await page.evaluate((id) => document.querySelector(id).addEventListener('keydown', () => window.__mark(), { once: true }), input);
    await page.locator(input).press('Enter');
  } else {
    // Pagefind's UI searches on input (debounce set to 0): clear it, then the query at once.
    await page.locator(input).fill('');
    await page.waitForTimeout(100);
    await watch();
    await page.evaluate((id) => document.querySelector(id).addEventListener('input', () => window.__mark(), { once: true }), input);
    await page.locator(input).fill(query);
  }
  const end = await page.evaluate(() => window.__done);
  const start = await page.evaluate(() => window.__t0);
  const results = system === 'ours' ? '#tra-cuu-ket-qua' : '#search';
  const links = await page.evaluate((sel) => document.querySelectorAll(`${sel} a[href*="/van-ban/"]`).length, results);
  return { ms: Math.max(0, end - start), links };
}

/** A fresh context (no service worker, no cache) with `path` open and idle. */
async function openPage(browser, base, path) {
  const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block', locale: 'vi-VN' });
  await context.route('**/__perf/pagefind-ui/', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: REFERENCE_PAGE }));
  await context.addInitScript(pageScript);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return { context, page };
}

async function runOnce(browser, base, system) {
  const { context, page } = await openPage(browser, base, system === 'ours' ? '/tra-cuu/' : '/__perf/pagefind-ui/');
  const input = system === 'ours' ? '#tra-cuu-q' : '#search input';
  const t0 = Date.now();
  await page.locator(input).focus();
  if (system === 'ours') await page.waitForFunction(() => document.getElementById('tra-cuu-form')?.dataset.searchReady !== undefined, null, { timeout: 30_000 });
  else await page.waitForLoadState('networkidle');
  const loadMs = Date.now() - t0;
  const phases = system === 'ours'
    ? await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('search:')).map((m) => [m.name.slice(7), Math.round(m.duration)])))
    : {};
  const queries = [];
  for (const q of QUERIES) queries.push({ q, ...(await measure(page, system, q)) });
  await context.close();
  return { loadMs, phases, first: queries[0], later: queries.slice(1) };
}

/** A user who focuses a search box and types at once, loading included: ours is the header box
 * of a reader page (loads on focus; its 150 ms typing pause is included), the reference is
 * Pagefind's UI (no pause). From the input event to the frame with the results. */
async function coldOnce(browser, base, system, query) {
  const { context, page } = await openPage(browser, base, system === 'ours' ? '/van-ban/kh-sao-do-2023/' : '/__perf/pagefind-ui/');
  const input = system === 'ours' ? '#site-search-q' : '#search input';
  await page.evaluate(([sys, q]) => { window.__done = window.__until(sys, q); }, [system === 'ours' ? 'header' : system, query]);
  await page.evaluate((id) => document.querySelector(id).addEventListener('input', () => window.__mark(), { once: true }), input);
  await page.locator(input).focus();
  await page.locator(input).fill(query);
  const end = await page.evaluate(() => window.__done);
  const start = await page.evaluate(() => window.__t0);
  await context.close();
  return Math.max(0, end - start);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? { min: Math.round(s[0]), median: Math.round(s[Math.floor(s.length / 2)]), max: Math.round(s[s.length - 1]), n: s.length } : null;
};

const server = await serve(DIST, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const runs = { ours: [], reference: [] };
const cold = { ours: [], reference: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    // Alternate which system goes first, so neither always runs on a warmer machine.
    for (const system of i % 2 ? ['reference', 'ours'] : ['ours', 'reference']) {
      runs[system].push(await runOnce(browser, server.url, system));
      cold[system].push(await coldOnce(browser, server.url, system, QUERIES[0]));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = Object.fromEntries(Object.entries(runs).map(([system, rs]) => [system, {
  loadAfterFocus: stats(rs.map((r) => r.loadMs)),
  firstQuery: stats(rs.map((r) => r.first.ms)),
  laterQueries: stats(rs.flatMap((r) => r.later.map((q) => q.ms))),
  typedAtOnce: stats(cold[system]),
  phases: rs.map((r) => r.phases),
}]));
const row = (label, s) => `${label.padEnd(34)} ${s ? `${String(s.min).padStart(5)} ${String(s.median).padStart(7)} ${String(s.max).padStart(5)}  (n=${s.n})` : 'n/a'}`;
console.log(`search speed in Chromium, ${RUNS} runs, ms (min / median / max)`);
console.log(`${''.padEnd(34)}   min  median   max`);
for (const [system, s] of Object.entries(summary)) {
  const name = system === 'ours' ? 'Sổ tay (/tra-cuu/)' : "Pagefind's default UI";
  console.log(row(`${name}: load after focus`, s.loadAfterFocus));
  console.log(row(`${name}: first query`, s.firstQuery));
  console.log(row(`${name}: later queries`, s.laterQueries));
  console.log(row(`${name}: ${system === 'ours' ? 'header box, typed at once' : 'typed at once after focus'}`, s.typedAtOnce));
}
const ratio = summary.ours.firstQuery.median / Math.max(1, summary.reference.firstQuery.median);
console.log(`first query, ours / Pagefind UI (medians): ${ratio.toFixed(2)}; goals: first ≤ 300 ms, later ≤ 50 ms, first ≤ Pagefind UI`);
mkdirSync(dirname(JSON_OUT), { recursive: true });
writeFileSync(JSON_OUT, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, queries: QUERIES, summary, raw: runs, cold }, null, 2));
console.log(`details: ${JSON_OUT}`);
