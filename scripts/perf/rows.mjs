// The measurements of issue 15, one function per row. Each returns the samples (ms unless said)
// of one run; scripts/perf.mjs repeats them and prints the summary. Everything is real input
// through CDP (mouse and keyboard events Chromium treats as the user's) and ends at the frame
// that shows the result (probe.js). CPU throttled 4× where the row says so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fillCase } from '../../test/e2e/support/calculator-fill.ts';
import { BLANK_PATH, FAST_3G, inputToFrame, inputToPaint, settle, throttledPage, valueOf, PAGEFIND_UI_PATH } from './harness.mjs';

const RATING = { sel: '.calc-result [data-testid="rating"]' };
const RATING_CODE = { ...RATING, attr: 'data-rating' };
const CALC = '/tinh-xep-loai/dang-vien/';

/**
 * A tap at the centre of `box` (found before the clock starts) by the mouse, not locator.click():
 * Playwright's click scrolls, then checks its hit target from a pointerdown listener of its own
 * (elementsFromPoint, element states), all inside the timed span — time no user's tap spends
 * (≈ 250 ms at 4× on the roster with 1 000 lines; 36–60 ms at 4× on the calculator, CDP traces).
 */
const tapAt = (page, box) => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

/**
 * First interaction → first rating on screen, 4×, on a tablet that has visited before (the
 * service worker serves every script). The user opens the calculator, scrolls to the first
 * question, reads for a second, taps it and types "1"; measured from that tap to the frame with
 * a rating. The scroll comes before the second of reading, as a user's does, not inside the tap.
 * One key only: the probe's message after a frame queues behind input already sent, so a
 * second key typed at once would be counted into the first answer's time.
 */
export async function calculatorFirstResult(h, { samples = 3 } = {}) {
  const ctx = await h.warm();
  const out = [];
  for (let i = 0; i < samples; i++) {
    const { page } = await throttledPage(ctx, 4);
    await page.goto(CALC);
    const field = page.locator('#f-tasks-assigned');
    await field.waitFor();
    await field.scrollIntoViewIfNeeded();
    await settle(page, 1000);
    const box = await field.boundingBox();
    out.push(await inputToPaint(page, {
      eventType: 'pointerdown', until: RATING,
      act: async () => { await tapAt(page, box); await page.keyboard.type('1'); },
    }));
    await page.close();
  }
  return out;
}

/**
 * Later keystrokes → the next frame with the new rating, 4×. A Sao Đỏ 2023 member with 10 tasks,
 * 1 done late: typing 7 done on time rates KHTNV (2 not done), typing 9 rates above it, so every
 * timed keystroke changes the rating (the full path: evaluation and every view that shows it).
 */
export async function calculatorKeystrokes(h, { samples = 40 } = {}) {
  const { page, setRate } = await throttledPage(await h.warm(), 1);
  try {
    await page.goto(CALC);
    const c = JSON.parse(readFileSync('test/casebook/sao-do-2023/dang-vien/cham-tien-do-3-tren-10.json', 'utf8'));
    await fillCase(page, c);
    await page.locator(RATING.sel).waitFor();
    await page.fill('#f-tasks-completedLate', '1');
    await page.focus('#f-tasks-completedOnTime');
    await settle(page, 500);
    await setRate(4);
    return await typeDigits(page, RATING_CODE, samples);
  } finally { await page.close(); }
}

/**
 * Timed keys in the focused control, 60 ms apart (a fast typist's gap): `prepare(i)` before the
 * clock, then key `keyOf(i)`, timed from its keydown to the frame in which `watched` has changed
 * (`ms`), with the frames that began from the key to that one (`frames`, 1 = the next frame). One
 * function for every key row and its floor, so each floor is keyed exactly as its row.
 */
async function timeKeys(page, watched, samples, keyOf, prepare = async () => undefined) {
  const out = { ms: [], frames: [] };
  for (let i = 0; i < samples + 1; i++) {
    await prepare(i);
    const before = await valueOf(page, watched);
    const { ms, frames } = await inputToFrame(page, {
      eventType: 'keydown', until: { ...watched, not: before },
      act: () => page.keyboard.press(keyOf(i)),
    });
    // The first key at 4× includes one-time compilation of the throttled path.
    if (i > 0) { out.ms.push(ms); out.frames.push(frames); }
    await page.waitForTimeout(60);
  }
  return out;
}

/** The keystroke rows' keys: select all, then 9 or 7 in turn. */
const typeDigits = (page, watched, samples) => timeKeys(page, watched, samples, (i) => (i % 2 === 0 ? '9' : '7'), () => page.keyboard.press('Control+A'));
/** The roster edit rows' keys: a proposal moved up one, then back. */
const arrows = (i) => (i % 2 === 0 ? 'ArrowUp' : 'ArrowDown');

/**
 * A floor's page: the harness's reference page, whose only work is to echo a control's value into
 * a <p>, with `focus` focused and the CPU at 4× for `run`. No service worker: in a warm profile the
 * app's worker answers a page it has not precached with its 404 page.
 */
async function onBlankPage(h, focus, run) {
  const ctx = await h.context({ serviceWorkers: 'block' });
  const { page, setRate } = await throttledPage(ctx, 1);
  try {
    await page.goto(BLANK_PATH);
    await page.focus(focus);
    await settle(page, 300);
    await setRate(4);
    return await run(page);
  } finally { await ctx.close(); }
}

/**
 * The floor of the keystroke rows: the same keys, the same way (typeDigits, 4×), into a number
 * field on a page whose only work is to echo the value into a <p> (the harness's reference page). What it takes is what Chromium itself costs on this machine
 * from a key to the next frame, so a goal of 16 ms can be judged against it.
 */
export const keystrokeFloor = (h, { samples = 40 } = {}) => onBlankPage(h, '#echo-in', (page) => typeDigits(page, { sel: '#echo-out' }, samples));

const ROSTER = '/cong-cu-hop/';
const rosterLines = (n) => Array.from({ length: n }, (_, i) => `Đảng viên ${i + 1}; ${i % 10 === 0 ? 'HTXSNV' : i % 10 < 8 ? 'HTTNV' : 'HTNV'}`).join('\n');

/** The roster screen with an empty roster (a draft id that does not exist, so the newest draft is not reopened). */
async function rosterPage(ctx) {
  const p = await throttledPage(ctx, 1);
  await p.page.goto(`${ROSTER}?ban-nhap=perf-${Date.now()}`);
  await p.page.locator('.mt[data-ready="true"]').waitFor();
  await p.page.getByTestId('roster-ruleset').selectOption('sao-do-2023');
  await p.page.getByTestId('roster-date').fill('2023-12-05');
  await p.page.locator('summary', { hasText: 'Dán danh sách' }).click();
  return p;
}

/**
 * Paste 1 000 lines and click "Thêm các dòng này" at 4×: ms from the click to the frame with 1 000
 * counted. The click is tapAt's (with 1 000 lines in the textarea, Playwright's own click spent
 * ≈ 250 ms at 4× inside the timed span, a CDP trace).
 */
async function paste1000(page, setRate) {
  await page.getByTestId('roster-paste').fill(rosterLines(1000));
  const add = page.getByTestId('roster-paste-add');
  await add.scrollIntoViewIfNeeded();
  await settle(page, 300);
  const box = await add.boundingBox();
  await setRate(4);
  const ms = await inputToPaint(page, {
    eventType: 'pointerdown', until: { sel: '[data-testid="count-rated"]', is: '1000' }, timeoutMs: 60_000,
    act: () => tapAt(page, box),
  });
  await setRate(1);
  return ms;
}

/** Roster paste of 1 000 lines: the click on "Thêm các dòng này" → the frame with 1 000 counted, 4×. */
export async function rosterPaste(h, { samples = 3 } = {}) {
  const out = [];
  for (let i = 0; i < samples; i++) {
    const { page, setRate } = await rosterPage(await h.warm());
    try { out.push(await paste1000(page, setRate)); } finally { await page.close(); }
  }
  return out;
}

/**
 * Scroll down the page with the mouse wheel, as a user does, until row `index` is drawn (a long
 * roster draws only the rows near the viewport), then bring it fully into view. Not timed.
 */
async function scrollToRow(page, index) {
  const sel = `[data-testid="row-rating-${index}"]`;
  for (let k = 0; k < 400 && !(await page.locator(sel).count()); k++) {
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(30);
  }
  await page.locator(sel).scrollIntoViewIfNeeded();
}

/**
 * Roster of 1 000 members, edit → totals on screen, 4×: on a member proposed HTTNV, the arrow
 * keys move the proposal to HTXSNV and back (a keyboard user's edit of a select); measured from
 * the keydown to the frame in which the HTXSNV count has changed. Each row is reached by
 * scrolling to it (scrollToRow; the rows are spread down the list). The paste that fills the
 * roster is timed too (one sample of the paste row).
 */
export async function rosterEdits(h, { samples = 24 } = {}) {
  const { page, setRate } = await rosterPage(await h.warm());
  try {
    const pasteMs = await paste1000(page, setRate);
    await settle(page, 500);
    await setRate(4);
    const count = { sel: '[data-testid="count-HTXSNV"]' };
    const row = (k) => 101 + (k >> 1) * 30; // i % 10 === 1: proposed HTTNV
    const { ms: edits, frames } = await timeKeys(page, count, samples, arrows, async (k) => {
      if (k % 2 === 0) { await scrollToRow(page, row(k)); await page.focus(`[data-testid="row-rating-${row(k)}"]`); }
    });
    return { edits, frames, pasteMs };
  } finally { await page.close(); }
}

/**
 * The floor of the roster edit row: the same keys (ArrowUp, then ArrowDown, 60 ms apart, 4×) on a
 * focused <select> of the four ratings, on a page whose only work is to echo its value into a
 * <p> (the harness's reference page). What a select's change costs Chromium alone here, beside
 * the roster's goal of 16 ms.
 */
export const rosterEditFloor = (h, { samples = 24 } = {}) => onBlankPage(h, '#echo-sel', (page) => timeKeys(page, { sel: '#echo-sel-out' }, samples, arrows));

/** Size of the build's precache pack (0 when there is none). */
function packBytes(dist) {
  try { return readdirSync(join(dist, '_precache')).reduce((a, f) => a + statSync(join(dist, '_precache', f)).size, 0); } catch { return 0; }
}

/**
 * Offline-ready on a first visit over a Fast-3G-like link: a new profile opens the home page;
 * measured from the navigation to the service worker's `activated` (every precached file is in
 * the cache then). The link is Chromium's own network emulation, on the page and on its worker.
 * The worker's emulation is set while Chromium holds the new worker, but playwright-core may let
 * it run first; an install faster than the link can carry the pack missed the emulation and is
 * measured again.
 */
export async function offlineReady(h, { samples = 1, link = FAST_3G, dist = h.dist } = {}) {
  const out = { readyMs: [], installMs: [], files: [] };
  const floorMs = link.latency + (packBytes(dist) / link.downloadThroughput) * 1000 * 0.9;
  h.throttleServiceWorkers(link);
  try {
    for (let i = 0, tries = 0; i < samples; tries++) {
      const ctx = await h.context();
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', link);
      const from = h.server.requests.length;
      await page.goto('/', { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__perf.sw.activatedAt !== undefined, null, { timeout: 300_000, polling: 200 });
      const sw = await page.evaluate(() => window.__perf.sw);
      await ctx.close();
      const installMs = sw.activatedAt - sw.installingAt;
      if (installMs < floorMs && tries < 3 * samples) continue;
      out.readyMs.push(sw.activatedAt);
      out.installMs.push(installMs);
      out.files.push(h.server.requests.length - from);
      i++;
    }
  } finally { h.throttleServiceWorkers(null); }
  return out;
}

/** Queries of the search row: what a secretary types, accents left out as most do on a tablet. */
export const SEARCH_QUERIES = ['nghi om 3 thang', 'bi ky luat trong nam', 'xep loai chi bo'];

/**
 * Search, first query of a visit, 4×: on a tablet that has visited before (index in the HTTP
 * cache; see below why not the worker's), tap the search box and type the query (120 ms between keys); measured from the
 * last keydown to the frame that shows the results. Each engine keeps its own debounce (ours
 * 200 ms, Pagefind's UI 300 ms): that wait is part of what the user sees. The reference is
 * Pagefind's default UI on the same index, in the same run, the same way.
 */
export async function searchFirstQuery(h, { queries = SEARCH_QUERIES } = {}) {
  // No service worker for either engine: in a warm profile the app's worker answers every
  // navigation it has not precached with the 404 page (as it should for users), and the reference
  // page is not the app's. Both read the same files from the local server and the HTTP cache.
  const ctx = await h.context({ serviceWorkers: 'block' });
  const engines = {
    // The form says which query its results are for (the search contract's data-search-done).
    ours: { url: '/tra-cuu/', box: '#tra-cuu-q', done: (q) => [{ sel: 'form[data-search-form="page"]', attr: 'data-search-done', is: q }, { sel: '#tra-cuu-ket-qua .search-hit' }] },
    // Pagefind's UI says it in its message ("N kết quả cho <query>", not "Đang tìm kiếm cho
    // <query>…"), and no result is still a loading placeholder (as scripts/perf-search.mjs reads it).
    pagefindUi: {
      url: PAGEFIND_UI_PATH, box: '.pagefind-ui__search-input',
      done: (q) => [{ sel: '.pagefind-ui__message', includes: `kết quả cho ${q}` }, { sel: '.pagefind-ui__result' }, { sel: '.pagefind-ui__loading', absent: true }],
    },
  };
  const out = { ours: [], pagefindUi: [] };
  for (const q of queries) {
    for (const [name, e] of Object.entries(engines)) {
      const { page } = await throttledPage(ctx, 4);
      await page.goto(e.url);
      await page.locator(e.box).waitFor();
      await settle(page, 500);
      await page.click(e.box);
      await page.keyboard.type(q.slice(0, -1), { delay: 120 });
      out[name].push(await inputToPaint(page, {
        eventType: 'keydown', until: e.done(q),
        act: () => page.keyboard.press(q.slice(-1)),
      }));
      await page.close();
    }
  }
  await ctx.close();
  return out;
}

/**
 * JS before interaction, measured in the browser: every script file fetched (gzip size of its
 * body) from the navigation until the page has been idle for a second, on a first visit.
 */
export async function jsBeforeInteraction(h, { pages }) {
  const out = {};
  for (const url of pages) {
    const ctx = await h.context({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const sizes = new Map();
    page.on('response', async (r) => {
      if (!/\.m?js(\?|$)/.test(r.url())) return;
      try { sizes.set(r.url(), gzipSync(await r.body(), { level: 9 }).length); } catch { /* aborted */ }
    });
    await page.goto(url);
    await settle(page, 1000);
    out[url] = [...sizes.values()].reduce((a, b) => a + b, 0) / 1000;
    await ctx.close();
  }
  return out;
}

/**
 * Vote tally, first tap → the plan's rule on screen, 4×. The page ships no rules (issue 15: its
 * JS before interaction); the count loads while the page is idle on a tablet that has visited
 * before (a service worker serves the files), else on the first tap. `tap`: warm profile, the
 * user taps the first field 1 s after the page settled, timed from the pointerdown to the end of
 * the first frame that shows both the focused field and how the plan counts the votes (a rule
 * drawn before the tap does not end the measurement before the tap's own frame). `noWorker`: the
 * same tap with no service worker (a first visit's path: the count loads on the tap). `idle`:
 * warm, no input at all, navigation start → the frame with the rule (when it appears unasked).
 */
export async function tallyFirstTap(h, { samples = 3 } = {}) {
  const URL = '/cong-cu-hop/kiem-phieu/';
  const RULE = { sel: '[data-testid="tally-rule-text"]' };
  const tapOnce = async (ctx) => {
    const { page } = await throttledPage(ctx, 4);
    await page.goto(URL);
    await page.locator('.mt[data-ready="true"]').waitFor();
    await settle(page, 1000);
    const ms = await inputToPaint(page, {
      eventType: 'pointerdown', until: [RULE, { sel: '[data-testid="tally-eligible"]:focus' }],
      act: () => page.click('[data-testid="tally-eligible"]'),
    });
    await page.close();
    return ms;
  };
  const out = { tap: [], noWorker: [], idle: [] };
  const warm = await h.warm();
  const cold = await h.context({ serviceWorkers: 'block' });
  for (let i = 0; i < samples; i++) {
    out.tap.push(await tapOnce(warm));
    out.noWorker.push(await tapOnce(cold));
    const { page } = await throttledPage(warm, 4);
    await page.goto(URL, { waitUntil: 'domcontentloaded' });
    // probe.js's shownAt: watched without a callback at every frame, which would leave the page
    // no idle time, and idle time is when the count loads.
    const shown = await page.evaluate(([sel, ms]) => window.__perf.shownAt(sel, ms), [RULE.sel, 8_000]);
    // A build that loads the count only on input never shows it here: no sample, said once.
    if (shown != null) out.idle.push(shown);
    else if (i === 0) console.log('  tally: no rule on screen within 8 s without input');
    await page.close();
  }
  await cold.close();
  return out;
}

/** The longest reader page (the Sao Đỏ 2023 plan: ~2 100 elements of text). */
export const READER_PAGE = '/van-ban/kh-sao-do-2023/';

/**
 * Reader, opening the longest document, 4×, on a tablet that has visited before (the service
 * worker serves the page): navigation → load event end, and → the largest contentful paint (the
 * first screen of text), from the navigation's own timeline. Also the same page opened at a
 * clause near its end (`#…`, as a citation link or a search result does), the case where the
 * browser must lay out everything above the clause to scroll to it.
 */
export async function readerLoad(h, { samples = 3, deepAnchor = 'm-iii-2' } = {}) {
  const ctx = await h.warm();
  const out = { load: [], lcp: [], anchorLoad: [] };
  const timings = (page) => page.evaluate(() => new Promise((ok) => {
    const nav = performance.getEntriesByType('navigation')[0];
    // LCP is final once the page has loaded and painted; the buffered entry is the last candidate.
    new PerformanceObserver((list) => {
      const e = list.getEntries();
      ok({ load: nav.loadEventEnd, lcp: e[e.length - 1].startTime });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  }));
  for (let i = 0; i < samples; i++) {
    for (const hash of ['', `#${deepAnchor}`]) {
      const { page } = await throttledPage(ctx, 4);
      await page.goto(`${READER_PAGE}${hash}`, { waitUntil: 'load' });
      const t = await timings(page);
      if (hash) out.anchorLoad.push(t.load);
      else { out.load.push(t.load); out.lcp.push(t.lcp); }
      await page.close();
    }
  }
  return out;
}
