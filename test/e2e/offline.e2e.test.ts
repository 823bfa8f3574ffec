// Issue 5 end to end, in Chromium: one online visit makes the app work offline; a new deploy
// is offered, never forced, fetched again after a failed install, and costs no draft; the app
// passes Chromium's installability checks; the CSP blocks foreign scripts and the app's own
// pages cause no violation; and over the whole suite no request goes anywhere but the test
// servers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, DIST, startHarness, type Harness } from './support/browser';
import { fillCase, type CaseFile } from './support/calculator-fill';

let h: Harness;
/** Origins of every static server this suite starts; nothing else may ever be requested. */
const ownOrigins = new Set<string>();
const tmpDirs: string[] = [];
const closers: (() => Promise<unknown>)[] = [];
const timings: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness();
  ownOrigins.add(new URL(h.baseUrl).origin);
});
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  await h?.close();
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  console.log('pwa timings (ms):', JSON.stringify(timings));
});

function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tmpDirs.push(d);
  return d;
}

/** A separate server on a copy of a build, so a test may redeploy or break it. */
async function serveCopy(from: string) {
  const root = tmp('pwa-site-');
  cpSync(from, root, { recursive: true });
  const server = await serve(root, 0);
  ownOrigins.add(new URL(server.url).origin);
  closers.push(server.close);
  return { root, ...server };
}

/** Every request of a context goes into the suite-wide record. */
function record(ctx: BrowserContext): BrowserContext {
  ctx.on('request', (r) => h.browserRequests.push(r.url()));
  return ctx;
}

// Installed before any page script: records CSP violations (plain string: Vitest must not rewrite it).
const CSP_RECORDER = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation',
    (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' @' + location.pathname), true);`;
const cspViolations = (page: Page) => page.evaluate('window.__csp') as Promise<string[]>;

/** Wait until the service worker is active and controls the page (first visit: clientsClaim). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  })()`);
}

const builtId = (dir: string) => /data-build-id>([^<]+)</.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];

describe('offline-first PWA', () => {
  // A crawl of every page, online then offline: over a minute when the machine is busy.
  it('after one online visit, every page linked from the home page (and from those) opens offline, nothing fetched', { timeout: 180_000 }, async () => {
    const ctx = await h.newContext();
    await ctx.addInitScript(CSP_RECORDER);
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 360, height: 740 }); // a phone: the indicator must still fit
    const t0 = Date.now();
    await page.goto('/');
    // First visit: the app says when offline use is ready.
    const ready = page.locator('[data-pwa="ready"]');
    await ready.waitFor({ state: 'visible', timeout: 30_000 });
    timings.firstVisitToOfflineReady = Date.now() - t0;
    await expect(ready.innerText()).resolves.toContain('Đã sẵn sàng dùng ngoại tuyến');
    await waitForServiceWorker(page);

    const sameOriginLinks = (): Promise<string[]> => page.$$eval('a[href]', (as) => [...new Set(as
      .map((a) => new URL((a as HTMLAnchorElement).href))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.pathname + u.search))]);
    const links = await sameOriginLinks();
    expect(links).toEqual(expect.arrayContaining(['/', '/van-ban/', '/tinh-xep-loai/', '/ban-nhap/', '/cong-cu-hop/', '/gioi-thieu/']));

    const servedBefore = h.serverRequests.length;
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    await ctx.setOffline(true);
    const badge = page.locator('[data-pwa="offline"]');
    await badge.waitFor({ state: 'visible' });
    await expect(badge.innerText()).resolves.toBe('Ngoại tuyến');

    // Every page linked from the home page, then every page those link to (the library's
    // documents), plus a URL with a query string.
    const visited = new Set<string>();
    const queue = [...links, '/tinh-xep-loai/?tu=trang-chu'];
    const depthOne = new Set(queue);
    const t1 = Date.now();
    while (queue.length) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await page.waitForLoadState('load');
      await expect(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
      await expect(badge.isVisible(), `offline indicator on ${path}`).resolves.toBe(true);
      const box = await badge.boundingBox();
      expect(box!.x + box!.width, `offline indicator fits on ${path}`).toBeLessThanOrEqual(360);
      await expect(cspViolations(page), path).resolves.toEqual([]);
      if (depthOne.has(path)) for (const next of await sameOriginLinks()) if (!visited.has(next)) queue.push(next);
    }
    timings.offlinePages = visited.size;
    timings.offlinePageAvgMs = Math.round((Date.now() - t1) / visited.size);

    // Search, offline: type a query without diacritics on the search page, open a hit.
    await page.goto('/tra-cuu/');
    const tSearch = Date.now();
    await page.fill('#tra-cuu-q', 'xep loai dang vien');
    await page.press('#tra-cuu-q', 'Enter');
    const hits = page.locator('#tra-cuu-ket-qua .search-hit');
    await hits.first().waitFor({ timeout: 20_000 });
    timings.offlineFirstSearchMs = Date.now() - tSearch;
    await expect(page.locator('#tra-cuu-ket-qua [data-search-status]').innerText()).resolves.toMatch(/Tìm thấy \d+ mục/);
    const hitUrl = await page.locator('#tra-cuu-ket-qua a.search-section').first().getAttribute('href');
    expect(hitUrl).toMatch(/^\/van-ban\/[^/]+\/(\?tim=[^#]*)?#/); // ?tim= asks the page to mark the words found
    const hitPage = await page.goto(hitUrl!);
    expect(hitPage?.fromServiceWorker()).toBe(true);
    await expect(page.locator(`[id="${decodeURIComponent(hitUrl!.split('#')[1])}"]`).count()).resolves.toBe(1);
    await expect(cspViolations(page)).resolves.toEqual([]);

    // Compute a rating and save it as a draft, offline: a case-book case through the calculator
    // form, then the draft in "Bản nháp", reopened from there.
    const c: CaseFile = JSON.parse(readFileSync('test/casebook/sao-do-2023/dang-vien/cham-tien-do-3-tren-10.json', 'utf8'));
    const tCalc = Date.now();
    await page.goto('/tinh-xep-loai/dang-vien/');
    await page.locator('.calc[data-ready="true"]').waitFor({ timeout: 20_000 });
    timings.offlineCalculatorReadyMs = Date.now() - tCalc;
    await page.fill('#ten-ban-nhap', 'Đảng viên thử khi không có mạng');
    await fillCase(page, c);
    const calcRating = page.locator('.calc-result [data-testid="rating"]');
    await expect(calcRating.getAttribute('data-rating')).resolves.toBe('KHTNV');
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 10_000 });
    await page.goto('/ban-nhap/');
    const saved = page.locator('[data-testid="draft-list"] li.draft', { hasText: 'Đảng viên thử khi không có mạng' });
    await saved.waitFor({ timeout: 20_000 });
    await expect(saved.locator('[data-testid="draft-result"]').innerText()).resolves.toBe('Không hoàn thành nhiệm vụ');
    await saved.locator('.draft-actions a.button').click();
    await page.locator('.calc[data-ready="true"]').waitFor({ timeout: 20_000 });
    await expect(page.inputValue('#ten-ban-nhap')).resolves.toBe('Đảng viên thử khi không có mạng');
    await expect(calcRating.getAttribute('data-rating')).resolves.toBe('KHTNV');
    await expect(cspViolations(page)).resolves.toEqual([]);

    // Compute a rating and keep a draft, offline: the meeting roster rates the chi bộ from its
    // members and autosaves; a reload (still offline) brings it back.
    await page.goto('/cong-cu-hop/');
    await page.locator('.mt[data-ready="true"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('roster-ruleset').selectOption('sao-do-2023');
    await page.getByTestId('roster-date').fill('2023-12-05');
    await page.getByTestId('roster-title').fill('Chi bộ họp không có mạng');
    await page.locator('summary', { hasText: 'Dán danh sách' }).click();
    await page.getByTestId('roster-paste').fill(['An; HTTNV', 'Bình; HTTNV', 'Cường; HTTNV', 'Dung; HTNV', 'Em; HTNV'].join('\n'));
    await page.getByTestId('roster-paste-add').click();
    // textContent: the panels below the list are not rendered while out of view (content-visibility, issue 15).
    await expect(page.getByTestId('count-rated').textContent()).resolves.toBe('5');
    await expect(page.getByTestId('org-result').locator('.badge').textContent()).resolves.toMatch(/Hoàn thành/);
    await page.waitForTimeout(600); // autosave delay (300 ms) — a reload is not a flush
    await page.reload();
    await page.locator('.mt[data-ready="true"]').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('roster-title').inputValue()).resolves.toBe('Chi bộ họp không có mạng');
    await expect(page.getByTestId('count-rated').textContent()).resolves.toBe('5');
    await expect(page.getByTestId('org-result').locator('.badge').textContent()).resolves.toMatch(/Hoàn thành/);
    await expect(cspViolations(page)).resolves.toEqual([]);

    // The ready notice belongs to the first visit only.
    await page.goto('/');
    await expect(ready.isVisible()).resolves.toBe(false);

    // A request cut short by the next navigation (a screen's lazy modules still in flight when
    // the test moves on) fails as ERR_ABORTED; that is no offline gap when the worker's cache
    // holds the file. Every other failure, and an aborted file the cache lacks, counts.
    const precached = await page.evaluate(async (urls) => {
      const out: string[] = [];
      for (const u of urls) if (await caches.match(u, { ignoreSearch: true })) out.push(u);
      return out;
    }, failed.filter((f) => f.endsWith(' net::ERR_ABORTED')).map((f) => f.split(' ')[0]!));
    expect(failed.filter((f) => !(f.endsWith(' net::ERR_ABORTED') && precached.includes(f.split(' ')[0]!)))).toEqual([]);
    // The server saw nothing while offline — except Chromium's own service-worker update check:
    // the browser process re-fetches /sw.js about a second after a navigation, and DevTools'
    // offline emulation does not cover that fetch (on a real tablet in airplane mode it simply
    // fails). Every page and resource above came from the service worker.
    expect(h.serverRequests.slice(servedBefore).filter((p) => p !== '/sw.js')).toEqual([]);

    await ctx.setOffline(false);
    await badge.waitFor({ state: 'hidden' });
    await ctx.close();
  });

  it('shows the running build (id and date) in the footer and in "Giới thiệu", with the privacy statement', async () => {
    const ctx = await h.newContext();
    const page = await ctx.newPage();
    await page.goto('/gioi-thieu/');
    const id = builtId(DIST);
    expect(id).toBeTruthy();
    await expect(page.locator('footer [data-build-id]').innerText()).resolves.toBe(id);
    await expect(page.locator('main [data-build-id]').innerText()).resolves.toBe(id);
    await expect(page.locator('footer time').innerText()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Dữ liệu của bạn ở lại trên thiết bị này');
    expect(main).toMatch(/không gửi bất kỳ dữ liệu nào ra khỏi thiết bị/);
    await waitForServiceWorker(page);
    await expect(page.locator('[data-pwa-status]').innerText()).resolves.toBe('Đã sẵn sàng dùng ngoại tuyến.');
    await ctx.close();
  });

  it('has a Vietnamese manifest that passes Chromium\'s installability checks', async () => {
    // A persistent profile: Chromium reports every fresh Playwright context as "in-incognito".
    const ctx = record(await chromium.launchPersistentContext(tmp('pwa-profile-'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, baseURL: h.baseUrl,
    }));
    closers.push(() => ctx.close());
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto('/');
    await waitForServiceWorker(page);
    const cdp = await ctx.newCDPSession(page);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${h.baseUrl}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}');
    expect(manifest).toMatchObject({ name: 'Sổ tay Xếp loại', short_name: 'Xếp loại', lang: 'vi', display: 'standalone', start_url: '/' });
    expect(manifest.icons.filter((i: { purpose: string }) => i.purpose === 'maskable')).toHaveLength(2);
    expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/tinh-xep-loai/', '/van-ban/']);
    for (const icon of manifest.icons) {
      const res = await page.request.get(icon.src);
      expect(res.headers()['content-type'], icon.src).toBe('image/png');
    }
    await expect(cdp.send('Page.getInstallabilityErrors')).resolves.toEqual({ installabilityErrors: [] });

    // Control: the same check does fail on a copy whose manifest has no usable icon.
    const broken = await serveCopy(DIST);
    const m = JSON.parse(readFileSync(join(broken.root, 'manifest.webmanifest'), 'utf8'));
    writeFileSync(join(broken.root, 'manifest.webmanifest'), JSON.stringify({ ...m, icons: [] }));
    const page2 = await ctx.newPage();
    await page2.goto(`${broken.url}/`);
    const cdp2 = await ctx.newCDPSession(page2);
    const { installabilityErrors } = await cdp2.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toContain('manifest-missing-suitable-icon');
  });

  it('lets only the app\'s own scripts run: no CSP violation on the main pages, an injected script is blocked', async () => {
    const ctx = await h.newContext();
    await ctx.addInitScript(CSP_RECORDER);
    const page = await ctx.newPage();
    const consoleCsp: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text()); });
    for (const path of ['/', '/van-ban/', '/van-ban/qd-124-2023/', '/tra-cuu/', '/tinh-xep-loai/', '/ban-nhap/', '/cong-cu-hop/', '/gioi-thieu/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      await expect(cspViolations(page), path).resolves.toEqual([]);
    }
    // Search runs Pagefind's WebAssembly: allowed by 'wasm-unsafe-eval', nothing else needed.
    await page.goto('/tra-cuu/?q=kiem%20diem');
    await page.locator('#tra-cuu-ket-qua .search-hit').first().waitFor({ timeout: 20_000 });
    await expect(cspViolations(page)).resolves.toEqual([]);
    expect(consoleCsp).toEqual([]);
    // Control: an inline script that is not part of the build is refused, and reported.
    const ran = await page.evaluate(`(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return window.__injected === true;
    })()`);
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? inline/)]);
    await ctx.close();
  });

  it('offers each new deploy without forcing it, fetches again by itself one whose install failed, never reloads an open form by itself, and keeps the draft', { timeout: 300_000 }, async () => {
    const site = await serveCopy(DIST);
    const firstId = builtId(site.root)!;
    const ctx = record(await h.browser.newContext({ baseURL: site.url, locale: 'vi-VN' }));
    closers.push(() => ctx.close());
    // Tab A holds an open form (first the meeting roster, then a calculator case: drafts with
    // unsaved-work handling); tab B is a reading page.
    const formTab = await ctx.newPage();
    await formTab.goto('/');
    await waitForServiceWorker(formTab);
    const openRoster = async () => {
      await formTab.locator('.mt[data-ready="true"]').waitFor({ timeout: 20_000 });
      return formTab.getByTestId('roster-title');
    };
    await formTab.goto('/cong-cu-hop/');
    await (await openRoster()).fill('Chi bộ Khu phố 7');
    const readTab = await ctx.newPage();
    await readTab.goto('/gioi-thieu/');
    const mark = (p: Page) => p.evaluate('window.__samePage = true'); // gone once the page reloads
    const same = (p: Page) => p.evaluate('window.__samePage === true');
    const footerId = (p: Page) => p.locator('footer [data-build-id]').innerText();
    await mark(formTab);
    await mark(readTab);

    /** Both tabs have seen the network go (or come back): a real drop lasts longer than a test's toggle. */
    const seen = (online: boolean) => Promise.all([formTab, readTab].map((p) => p.waitForFunction(`navigator.onLine === ${online}`)));
    /** Replace the served folder by another build (all but `holdBack`, a file still being copied), then come back online (update check). */
    const deploy = async (dir: string, holdBack?: string) => {
      for (const f of readdirSync(site.root)) rmSync(join(site.root, f), { recursive: true, force: true });
      cpSync(dir, site.root, { recursive: true });
      if (holdBack) rmSync(join(site.root, holdBack));
      await ctx.setOffline(true);
      await seen(false);
      await ctx.setOffline(false);
      await seen(true);
    };
    const registrationState = (p: Page) => p.evaluate(`navigator.serviceWorker.getRegistration().then((r) => ({ installing: Boolean(r.installing), waiting: Boolean(r.waiting) }))`) as Promise<{ installing: boolean; waiting: boolean }>;
    const prompt = (p: Page) => p.locator('[data-pwa="update"]');
    const promptButton = (p: Page) => prompt(p).locator('[data-pwa-action="accept"]');

    // ── Deploy 2: a real production build with another id: `npm test` builds it before the
    // e2e files (E2E_NEXT_DEPLOY); run alone, this test builds it, without blocking this process,
    // so the site's server keeps answering meanwhile, as a real host does (the browser checks
    // for a new worker after every navigation). ──
    let next = process.env.E2E_NEXT_DEPLOY ?? '';
    if (!next || !existsSync(join(next, 'index.html')) || builtId(next) !== 'e2e-second-deploy') {
      next = tmp('pwa-next-');
      const t0 = Date.now();
      await promisify(exec)('npm run build', { env: { ...process.env, NODE_ENV: 'production', OUT_DIR: next, BUILD_ID: 'e2e-second-deploy' }, maxBuffer: 64 << 20 });
      timings.secondBuildMs = Date.now() - t0;
    }
    expect(builtId(next)).toBe('e2e-second-deploy');
    // The tablet looks while the deploy is still being copied: one page of the new version is
    // missing, so its install fails (a 404 is not cached)…
    const late = 'van-ban/index.html';
    const asked = site.requests.length;
    await deploy(next, late);
    await expect.poll(() => site.requests.slice(asked).some((r) => r.startsWith(`/${late}`)), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => registrationState(formTab), { timeout: 30_000 }).toEqual({ installing: false, waiting: false });
    for (const p of [formTab, readTab]) expect(await prompt(p).isVisible(), 'no offer of a version that did not install').toBe(false);
    // …and once the copy is complete the app fetches the version again by itself: no reload,
    // no second trip offline (src/lib/pwa/update-checks.ts retries after 15 s).
    cpSync(join(next, late), join(site.root, late));
    const t1 = Date.now();
    for (const p of [formTab, readTab]) {
      await prompt(p).waitFor({ state: 'visible', timeout: 60_000 });
      await expect(prompt(p).innerText()).resolves.toContain('Đã có phiên bản mới');
    }
    timings.failedInstallToPromptMs = Date.now() - t1;
    await formTab.waitForTimeout(1500);
    for (const p of [formTab, readTab]) {
      await expect(same(p), 'not reloaded without asking').resolves.toBe(true);
      await expect(footerId(p)).resolves.toBe(firstId);
    }

    // Accepted in the reading tab: it reloads into the new version…
    const t2 = Date.now();
    await Promise.all([readTab.waitForEvent('load'), promptButton(readTab).click()]);
    timings.acceptToReloadedMs = Date.now() - t2;
    await expect(footerId(readTab)).resolves.toBe('e2e-second-deploy');
    // …while the tab with the open form is not reloaded: it only offers to.
    await expect(promptButton(formTab)).toBeDefined();
    await formTab.waitForFunction(`document.querySelector('[data-pwa-action="accept"]').textContent === 'Tải lại'`);
    await formTab.waitForTimeout(1000);
    await expect(same(formTab), 'form tab never reloads on its own').resolves.toBe(true);
    // The user keeps typing, then reloads: nothing typed is lost.
    await (await openRoster()).fill('Chi bộ Khu phố 7 — sửa trước khi tải lại');
    await Promise.all([formTab.waitForEvent('load'), promptButton(formTab).click()]);
    await expect(footerId(formTab)).resolves.toBe('e2e-second-deploy');
    await expect((await openRoster()).inputValue()).resolves.toBe('Chi bộ Khu phố 7 — sửa trước khi tải lại');
    await mark(formTab);
    await mark(readTab);

    // ── Deploy 3: the first build again (a rollback is a new version too), while a
    // calculator case is open. ──
    await formTab.goto('/tinh-xep-loai/dang-vien/');
    await formTab.locator('.calc[data-ready="true"]').waitFor({ timeout: 20_000 });
    await fillCase(formTab, JSON.parse(readFileSync('test/casebook/sao-do-2023/dang-vien/cham-tien-do-3-tren-10.json', 'utf8')));
    await formTab.fill('#ten-ban-nhap', 'Đảng viên A');
    await formTab.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 10_000 });
    await mark(formTab);
    const t3 = Date.now();
    await deploy(DIST);
    await prompt(formTab).waitFor({ state: 'visible', timeout: 30_000 });
    timings.backOnlineToPromptMs = Date.now() - t3;
    await expect(promptButton(formTab).innerText()).resolves.toBe('Cập nhật ngay');
    // Typing right before accepting: the flush on accept must save it.
    await formTab.fill('#ten-ban-nhap', 'Đảng viên A — gõ ngay trước khi cập nhật');
    await Promise.all([formTab.waitForEvent('load'), readTab.waitForEvent('load'), promptButton(formTab).click()]);
    await expect(footerId(formTab)).resolves.toBe(firstId);
    await formTab.locator('.calc[data-ready="true"]').waitFor({ timeout: 20_000 });
    await expect(formTab.inputValue('#ten-ban-nhap')).resolves.toBe('Đảng viên A — gõ ngay trước khi cập nhật');
    await expect(formTab.locator('.calc-result [data-testid="rating"]').getAttribute('data-rating')).resolves.toBe('KHTNV');
    // The reading tab had no open form, so it followed by itself.
    await expect(same(readTab)).resolves.toBe(false);
    await expect(footerId(readTab)).resolves.toBe(firstId);

    // The version now running is the one that works offline.
    await ctx.setOffline(true);
    await readTab.goto('/van-ban/');
    await expect(footerId(readTab)).resolves.toBe(firstId);
    await ctx.setOffline(false);
  });

  it('sent no request anywhere but the test servers during the whole suite', () => {
    expect(h.browserRequests.length).toBeGreaterThan(50);
    const foreign = h.browserRequests.filter((u) => {
      if (u.startsWith('data:') || u.startsWith('blob:')) return false;
      try { return !ownOrigins.has(new URL(u).origin); } catch { return true; }
    });
    expect(foreign).toEqual([]);
  });
});
