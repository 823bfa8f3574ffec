// Search in Chromium: the quality check of shared/search/README.md on the public queries and on
// our own (test/search/), landing on the clause with the words marked (online and offline),
// the header box ranking as /tra-cuu/ does and loading only on demand, and data-search-done
// set on every outcome.
//
// Cost: one browser, one context, and one results page that stays open: every query of both
// sets is typed into it one after another, as a user searching again does, so the index is
// loaded once, not once per query (a fresh load of /tra-cuu/ costs the whole index and the
// clause cutting: ≈ 1 s a query on this machine, 4× that in a loaded CI). The shared check
// loads /tra-cuu/?q= afresh for each query; that the search run on load gives exactly the list
// the typed search gives is asserted on queries of every kind (reference, text, missing word),
// and `node ../shared/search/eval.mjs` itself is run for the closing figures.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge, loadQueries, runQuery, submitQuery, type Shown } from '../search/check.ts';
import { axeViolations, DIST, newWarmContext, startHarness, type Harness } from './support/browser';

let h: Harness;
let ctx: BrowserContext;
/** /tra-cuu/, loaded once; every typed query goes here. */
let results: Page;
/** Reader pages and the header box. */
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  // Service workers blocked, as the shared check does: it measures this build, never a cache.
  ctx = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'vi-VN', serviceWorkers: 'block' });
  ctx.on('request', (r) => h.browserRequests.push(r.url()));
  [results, page] = await Promise.all([ctx.newPage(), ctx.newPage()]);
});
afterAll(async () => { await h?.close(); });

const typed = (q: string) => submitQuery(results, h.baseUrl, q);

async function check(file: string): Promise<string[]> {
  const queries = loadQueries(join('test/search', file), DIST);
  const failures: string[] = [];
  const t0 = performance.now();
  for (const x of queries) {
    const why = judge(x, await typed(x.q));
    if (why) failures.push(`«${x.q}» (#${x.n}): ${why}`);
  }
  console.log(`${file}: ${queries.length - failures.length} of ${queries.length} passed (${Math.round(performance.now() - t0)} ms)`);
  return failures;
}

const same = (r: Shown) => ({ status: r.status, missing: r.missing, hits: r.hits, links: r.links.map((l) => l.href) });

describe('search quality (shared/search/README.md)', () => {
  it('every public query finds what it expects', async () => {
    expect(await check('queries-public.json')).toEqual([]);
  }, 120_000);

  it('every query of our own set finds what it expects', async () => {
    expect(await check('queries-own.json')).toEqual([]);
  }, 120_000);

  it('/tra-cuu/?q= opened afresh searches on load and shows exactly what the typed search shows', async () => {
    // A reference query is opened afresh in the first landing test.
    for (const q of ['nghi om 3 thang', 'khien trach']) {
      expect(same(await runQuery(page, h.baseUrl, q)), q).toEqual(same(await typed(q)));
    }
  }, 60_000);
});

/** The words marked on the reader page after a search result was opened. */
const landedMarks = (p: Page) => p.evaluate(() => ({
  target: document.querySelector(':target')?.id ?? null,
  marks: [...document.querySelectorAll('mark.search-landing')].map((m) => ({
    text: m.textContent ?? '',
    inTarget: !!document.querySelector(':target')?.contains(m) || !!m.closest('.unit')?.querySelector(':scope > .unit-title :target'),
    visible: (() => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })(),
  })),
}));

describe('landing on the clause', () => {
  it('"dieu 12 khoan 4" opened afresh lists what the typed search lists; its first result opens khoản 4 of Điều 12 with its heading marked', async () => {
    const q = 'dieu 12 khoan 4';
    expect(same(await runQuery(page, h.baseUrl, q))).toEqual(same(await typed(q)));
    const first = page.locator('#tra-cuu-ket-qua a.search-section').first();
    await expect(first.innerText()).resolves.toContain('Điều 12, khoản 4');
    await first.click();
    await page.waitForURL(/\/van-ban\/qd-124-2023\/\?tim=[^#]+#m-12-4$/);
    await page.waitForFunction(() => document.documentElement.dataset.searchLanded !== undefined);
    const landed = await landedMarks(page);
    expect(landed.target).toBe('m-12-4');
    expect(landed.marks.map((m) => m.text)).toEqual(['4', 'Không', 'hoàn', 'thành', 'nhiệm', 'vụ']);
    expect(landed.marks.every((m) => m.inTarget)).toBe(true);
  });

  it('a text result opens the sentence with the words marked and in view, and never marks look-alikes', async () => {
    const href = (await typed('nghỉ ốm 3 tháng')).links[0]!.href;
    await page.goto(href);
    await page.waitForFunction(() => document.documentElement.dataset.searchLanded !== undefined);
    const landed = await landedMarks(page);
    const words = landed.marks.map((m) => m.text.toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['nghỉ', 'ốm', '03', 'tháng']));
    expect(words).not.toContain('nghị');
    expect(landed.marks.some((m) => m.visible)).toBe(true);
  });

  it('a result opens offline too (the service worker ignores the ?tim= parameter)', async () => {
    const href = (await typed('nghi om 3 thang')).links[0]!.href;
    const warm = await newWarmContext(h);
    const p = await warm.newPage();
    await warm.setOffline(true);
    await p.goto(href);
    await p.waitForFunction(() => document.documentElement.dataset.searchLanded !== undefined);
    expect((await landedMarks(p)).marks.length).toBeGreaterThan(0);
    await warm.close();
  });
});

describe('search boxes', () => {
  it('the header box loads search code on focus only, ranks as /tra-cuu/ does, and Enter on a reference opens it', async () => {
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    await page.goto('/van-ban/kh-sao-do-2023/');
    await page.waitForLoadState('networkidle');
    const searchCode = (p: string) => p.startsWith('/pagefind/') || /\/_astro\/ui\.[\w-]+\.js$/.test(p);
    expect(requests.filter(searchCode)).toEqual([]);
    await page.locator('#site-search-q').focus();
    await expect.poll(() => page.locator('.site-search').getAttribute('data-search-ready'), { timeout: 20_000 }).not.toBeNull();
    expect(requests).toContain('/pagefind/pagefind.js');
    page.off('request', onRequest);

    for (const q of ['nghi om 3 thang', 'xep loai chi bo', 'HTXSNV']) {
      await page.locator('#site-search-q').fill(q);
      await expect.poll(() => page.locator('.site-search').getAttribute('data-search-done'), { timeout: 20_000 }).toBe(q);
      const header = await page.locator('.site-search a.search-section').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const full = (await typed(q)).links.map((l) => l.href);
      // Same order; the panel shows at most two clauses per document.
      expect(header[0]).toBe(full[0]);
      expect(full).toEqual(expect.arrayContaining(header));
    }
    await page.locator('#site-search-q').fill('dieu 12 khoan 4');
    await expect.poll(() => page.locator('.site-search').getAttribute('data-search-done'), { timeout: 20_000 }).toBe('dieu 12 khoan 4');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/van-ban\/qd-124-2023\/\?tim=[^#]+#m-12-4$/);
  });

  it('data-search-done is set for a query too short and for a search that fails to load', async () => {
    await typed('a');
    await expect(results.locator('#tra-cuu-ket-qua [data-search-status]').textContent()).resolves.toContain('ít nhất 2');

    const broken = await h.browser.newContext({ baseURL: h.baseUrl, serviceWorkers: 'block' });
    await broken.route('**/pagefind/**', (r) => r.abort());
    const p = await broken.newPage();
    await p.goto('/tra-cuu/?q=xep%20loai');
    await expect.poll(() => p.locator('#tra-cuu-form').getAttribute('data-search-done'), { timeout: 20_000 }).toBe('xep loai');
    await expect(p.locator('#tra-cuu-ket-qua [data-search-status]').textContent()).resolves.toContain('Chưa tải được');
    await broken.close();
  });

  it('the status names the words found nowhere and suggests a close one outside the quotes it reads', async () => {
    const r = await typed('kiem dim');
    expect(r.missing).toEqual(['dim']);
    expect(r.status).toContain('Có phải bạn muốn tìm «kiểm điểm»?');
    const badge = await typed('bi ky luat trong nam');
    expect(badge.links.length).toBeGreaterThan(0);
    const badges = await results.locator('#tra-cuu-ket-qua .search-hit .search-badge').allTextContents();
    expect(badges.length).toBe(await results.locator('#tra-cuu-ket-qua .search-hit').count());
    expect(badges).toEqual(expect.arrayContaining(['Hết hiệu lực từ 30/8/2025 — thay bằng Quy định 366', 'Theo Quy định 366: đang áp dụng']));
  });

  it('axe-core finds no violations on a results page with badges, marks and a suggestion', async () => {
    // The pages' CSP forbids the injected axe script: a context of its own bypasses it.
    const a11y = await h.browser.newContext({ baseURL: h.baseUrl, bypassCSP: true, serviceWorkers: 'block' });
    const p = await a11y.newPage();
    await runQuery(p, h.baseUrl, 'nghi om 3 thang');
    expect(await axeViolations(p), 'nghi om 3 thang').toEqual([]);
    await submitQuery(p, h.baseUrl, 'kiem dim');
    expect(await axeViolations(p), 'kiem dim').toEqual([]);
    await a11y.close();
  });
});
