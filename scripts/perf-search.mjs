#!/usr/bin/env node
// Search speed in Chromium, as a user lives it, against Pagefind's own default UI on the same
// index in the same run (issue 11; issue 15 folds this into `npm run perf`).
//
// For each of RUNS fresh browser contexts and for each system:
//   ours:      /tra-cuu/ — focus the box (the search starts loading, as Pagefind's UI does on
//              focus), wait until it is loaded, then type a query and press Enter;
//   reference: a page with Pagefind's default UI (pagefind-ui.js, sub-results on, no debounce),
//              focus, wait until its bundle is loaded, then type the same query.
// A query's time runs from the Enter key (ours) or the input event (reference) to the end of the
// first frame in which its results are on screen (the in-page probe of `npm run perf`, whose
// harness this script runs on: scripts/perf/). The first query of a context is reported apart
// from the later ones. Also reported: how long loading took after
// focus, and a user who types at once after focus (loading included in the first query).
//
// Usage: npm run build && node scripts/perf-search.mjs [--runs=3] [--json=reports/perf-search.json]
// Timings are reported, never asserted: this machine is shared and noisy; compare the columns,
// which were measured in the same run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inputToPaint, PAGEFIND_UI_INSTANT_PATH, startHarness } from './perf/harness.mjs';
import { summary as summarize } from './perf/stats.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', '3'));
const JSON_OUT = arg('json', 'reports/perf-search.json');
const DIST = process.env.OUT_DIR ?? 'dist';
const QUERIES = ['nghi om 3 thang', 'xep loai dang vien', 'tu phat hien va khac phuc xong hau qua', 'giay khen', 'dieu 12 khoan 4', 'phieu tin nhiem thap tren 50%', 'HTXSNV'];

/** What each system looks like with the results for `q` on screen (probe.js `holds` specs).
 * Ours and the header box: the form says it finished `q` (data-search-done). Pagefind's UI: its
 * message names `q` ("N kết quả cho q", not "Đang tìm kiếm…"), and no result is still a loading
 * placeholder. */
const SHOWN = {
  ours: (q) => ({ sel: '#tra-cuu-form', attr: 'data-search-done', is: q }),
  header: (q) => ({ sel: 'form.site-search', attr: 'data-search-done', is: q }),
  reference: (q) => [{ sel: '#search .pagefind-ui__message', includes: `kết quả cho ${q}` }, { sel: '#search .pagefind-ui__loading', absent: true }],
};

async function measure(page, system, query) {
  const input = system === 'ours' ? '#tra-cuu-q' : '#search input';
  let ms;
  if (system === 'ours') {
    // Typed (the typing debounce runs it once: not timed), then Enter, which runs it at once.
    await page.locator(input).fill(query);
    await page.waitForFunction((q) => document.getElementById('tra-cuu-form').dataset.searchDone === q, query);
    await page.evaluate(() => { delete document.getElementById('tra-cuu-form').dataset.searchDone; });
    ms = await inputToPaint(page, { eventType: 'keydown', until: SHOWN.ours(query), act: () => page.locator(input).press('Enter') });
  } else {
    // Pagefind's UI searches on input (no typing pause here): clear it, then the query at once.
    await page.locator(input).fill('');
    await page.waitForTimeout(100);
    ms = await inputToPaint(page, { eventType: 'input', until: SHOWN.reference(query), act: () => page.locator(input).fill(query) });
  }
  const results = system === 'ours' ? '#tra-cuu-ket-qua' : '#search';
  const links = await page.evaluate((sel) => document.querySelectorAll(`${sel} a[href*="/van-ban/"]`).length, results);
  return { ms: Math.max(0, ms), links };
}

/** A fresh profile (no service worker, no cache) with `path` open and idle. */
async function openPage(h, path) {
  const context = await h.context({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return { context, page };
}

async function runOnce(h, system) {
  const { context, page } = await openPage(h, system === 'ours' ? '/tra-cuu/' : PAGEFIND_UI_INSTANT_PATH);
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
async function coldOnce(h, system, query) {
  const { context, page } = await openPage(h, system === 'ours' ? '/van-ban/kh-sao-do-2023/' : PAGEFIND_UI_INSTANT_PATH);
  const input = system === 'ours' ? '#site-search-q' : '#search input';
  const ms = await inputToPaint(page, {
    eventType: 'input', until: SHOWN[system === 'ours' ? 'header' : system](query), timeoutMs: 30_000,
    act: async () => { await page.locator(input).focus(); await page.locator(input).fill(query); },
  });
  await context.close();
  return Math.max(0, ms);
}

/** min / median / max, whole milliseconds (null without samples). */
const stats = (xs) => {
  if (!xs.length) return null;
  const { min, median, max, n } = summarize(xs);
  return { min: Math.round(min), median: Math.round(median), max: Math.round(max), n };
};

const h = await startHarness(DIST);
const runs = { ours: [], reference: [] };
const cold = { ours: [], reference: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    // Alternate which system goes first, so neither always runs on a warmer machine.
    for (const system of i % 2 ? ['reference', 'ours'] : ['ours', 'reference']) {
      runs[system].push(await runOnce(h, system));
      cold[system].push(await coldOnce(h, system, QUERIES[0]));
    }
  }
} finally {
  await h.close();
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
