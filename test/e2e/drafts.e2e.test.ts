// Issue 4, drafts, end to end in Chromium: every calculator case is a draft (saved within 300 ms,
// flushed when the page is hidden, found again after a reload and on /ban-nhap/); rename,
// duplicate, delete with undo; two tabs stay consistent; a tab whose code is older than the
// database stops writing; a version-1 database opened by version-2 code; export → clear →
// import with duplicates; a damaged file changes nothing; storage state and the Safari reminder;
// keyboard-only use; axe-core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, startHarness, tabTo, type Harness } from './support/browser';
import { fillCase, type CaseFile } from './support/calculator-fill';
import { rawRecords } from './support/drafts';

let h: Harness;
const measured: Record<string, number | string> = {};
const readCase = (id: string): CaseFile => JSON.parse(readFileSync(`test/casebook/${id}.json`, 'utf8'));
const DB = 'so-tay-xep-loai-ban-nhap';

beforeAll(async () => { h = await startHarness(); });
// No service worker: nothing here is about offline use, and installing one per profile cost each
// test 2–4 s on a loaded machine (the durability tests keep it: their reloads are a returning user's).
const newContext = (options: { userAgent?: string } = {}) => h.browser.newContext({ baseURL: h.baseUrl, locale: 'vi-VN', serviceWorkers: 'block', ...options });

afterAll(async () => {
  await h?.close();
  console.log('drafts measurements:', JSON.stringify(measured));
});

async function openCalc(page: Page, kind: string, query = '') {
  await page.goto(`/tinh-xep-loai/${kind}/${query}`);
  await page.locator('.calc[data-ready="true"]').waitFor();
}
async function openDrafts(page: Page) {
  await page.goto('/ban-nhap/');
  await page.locator('.drafts[data-ready="true"]').waitFor();
}
const saved = (page: Page) => page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
const draftIdOf = (page: Page) => new URL(page.url()).searchParams.get('ban-nhap');
/** In-page source of a function reading every record of the drafts database with plain
 *  IndexedDB, for the timings measured inside the page; from the test itself: rawRecords. */
const READ_ALL = `() => new Promise((ok, ko) => {
  const r = indexedDB.open(${JSON.stringify(DB)});
  r.onsuccess = () => { const db = r.result; if (!db.objectStoreNames.contains('drafts')) { db.close(); ok([]); return; } const q = db.transaction('drafts').objectStore('drafts').getAll(); q.onsuccess = () => { db.close(); ok(q.result); }; q.onerror = () => ko(q.error); };
  r.onerror = () => ko(r.error);
})`;

/** A calculator draft with a name, from a case-book case; returns its id. */
async function makeDraft(page: Page, caseId: string, name: string): Promise<string> {
  const c = readCase(caseId);
  await openCalc(page, c.subject.kind as string);
  await fillCase(page, c);
  await page.fill('#ten-ban-nhap', name);
  await saved(page);
  return draftIdOf(page)!;
}

describe('drafts: saving and finding them again', () => {
  it('saves within 300 ms of a change, reopens after a reload, and lists it with kind, ruleset and rating', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const id = await makeDraft(page, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Đồng chí Nguyễn Văn A');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    // Time from one keystroke to the record in IndexedDB holding it.
    const ms = await page.evaluate(`(async () => {
      const read = async () => (await (${READ_ALL})()).find((d) => d.id === ${JSON.stringify(id)});
      const el = document.getElementById('f-tasks-exceeded');
      const t0 = performance.now();
      el.value = '0'; el.dispatchEvent(new Event('input', { bubbles: true }));
      el.value = '1'; el.dispatchEvent(new Event('input', { bubbles: true }));
      for (;;) { const rec = await read(); if (rec && rec.data.subject.tasks.exceeded === 1) return performance.now() - t0; await new Promise((r) => setTimeout(r, 10)); }
    })()`) as number;
    measured['keystroke → stored in IndexedDB (ms)'] = +ms.toFixed(0);
    expect(ms).toBeLessThanOrEqual(300);

    await page.reload();
    await page.locator('.calc[data-ready="true"]').waitFor();
    expect(await page.inputValue('#ten-ban-nhap')).toBe('Đồng chí Nguyễn Văn A');
    expect(await page.inputValue('#f-tasks-completedLate')).toBe('3');
    expect(await page.inputValue('#f-tasks-exceeded')).toBe('1');
    expect(await page.locator('.calc-result [data-testid="rating"]').getAttribute('data-rating')).toBe('KHTNV');

    // The next day: the calculator says a draft is saved and reopens the newest in one tap;
    // the drafts page lists it.
    await openCalc(page, 'dang-vien');
    const saved = page.locator('[data-testid="saved-drafts"]');
    expect(await saved.innerText()).toContain('có 1 bản nháp');
    await saved.getByRole('button', { name: 'Mở bản nháp gần nhất' }).click();
    await page.waitForURL(/ban-nhap=/);
    await page.locator('.calc[data-ready="true"]').waitFor();
    expect(draftIdOf(page)).toBe(id);
    expect(await page.inputValue('#ten-ban-nhap')).toBe('Đồng chí Nguyễn Văn A');
    await openDrafts(page);
    const item = page.locator(`.draft[data-id="${id}"]`);
    const text = await item.innerText();
    expect(text).toContain('Đồng chí Nguyễn Văn A');
    expect(text).toContain('Đảng viên');
    expect(text).toContain('Phường Sao Đỏ 2023');
    expect(text).toContain('Không hoàn thành nhiệm vụ');
    await item.getByRole('link', { name: /^Mở/ }).click();
    await page.locator('.calc[data-ready="true"]').waitFor();
    expect(draftIdOf(page)).toBe(id);
    await context.close();
  });

  it('saves the first keystroke within 300 ms even while the rules engine is still loading; the rating follows', async () => {
    // No service worker, so the engine's request can be held back (a slow first visit).
    const context = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'vi-VN', serviceWorkers: 'block' });
    const page = await context.newPage();
    let releaseEngine!: () => void;
    const engineHeld = new Promise<void>((r) => { releaseEngine = r; });
    await page.route(/\/_astro\/core\.[^/]+\.js$/, async (route) => { await engineHeld; await route.continue(); });
    await openCalc(page, 'dang-vien');
    await page.locator('#ten-ban-nhap').focus();
    // Timed to the moment the screen says "Đã lưu" (set once the IndexedDB write has committed),
    // seen by a MutationObserver rather than by polling the database from the page, which competed
    // with the very write it waited for; the database is then read once to check the draft is there.
    const ms = await page.evaluate(`(async () => {
      const el = document.getElementById('ten-ban-nhap');
      const state = document.querySelector('[data-testid="save-state"]');
      const saved = new Promise((ok) => {
        const obs = new MutationObserver(() => { if (state.dataset.state === 'saved') { obs.disconnect(); ok(performance.now()); } });
        obs.observe(state, { attributes: true, attributeFilter: ['data-state'] });
      });
      const t0 = performance.now();
      el.value = 'Gõ trước khi có quy tắc'; el.dispatchEvent(new Event('input', { bubbles: true }));
      return (await saved) - t0;
    })()`) as number;
    measured['first keystroke → stored, engine still loading (ms)'] = +ms.toFixed(0);
    expect((await rawRecords(page)).some((d) => d.name === 'Gõ trước khi có quy tắc')).toBe(true);
    expect(ms).toBeLessThanOrEqual(300);
    expect(await page.locator('.calc').getAttribute('data-engine')).toBe('false');
    const before = (await rawRecords(page))[0]!;
    expect((before.summary as { text: string }).text).toBe('Chưa tính xếp loại');

    // The engine arrives: the result shows (a rating, or what is still missing for one: issue 10)
    // and the stored draft's summary follows it.
    releaseEngine();
    await page.locator('.calc[data-engine="true"]').waitFor();
    await page.locator('.calc-result [data-testid="rating"], .calc-result [data-testid="missing"]').first().waitFor();
    const badge = page.locator('.calc-result [data-testid="rating"]');
    const rating = (await badge.count()) ? await badge.getAttribute('data-rating') : null;
    await expect.poll(async () => ((await rawRecords(page))[0]?.summary as { text?: string } | undefined)?.text).not.toBe('Chưa tính xếp loại');
    expect(((await rawRecords(page))[0]?.summary as { rating?: string | null }).rating ?? null).toBe(rating);
    await context.close();
  });

  it('flushes pending typing when the page is hidden (before the autosave timer)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const id = await makeDraft(page, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Ẩn trang');
    const stored = await page.evaluate(`(async () => {
      const el = document.getElementById('ten-ban-nhap');
      el.value = 'Ẩn trang ngay'; el.dispatchEvent(new Event('input', { bubbles: true }));
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((r) => setTimeout(r, 60)); // before the 100 ms autosave timer
      return (await (${READ_ALL})()).find((d) => d.id === ${JSON.stringify(id)}).name;
    })()`);
    expect(stored).toBe('Ẩn trang ngay');
    await context.close();
  });

  it('renames, duplicates, deletes with undo', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const id = await makeDraft(page, 'sao-do-2023/chi-bo/httnv-90-50', 'Chi bộ khu phố 3');
    await openDrafts(page);
    const item = page.locator(`.draft[data-id="${id}"]`);
    await item.getByRole('button', { name: /^Đổi tên/ }).click();
    await item.getByLabel('Tên mới').fill('Chi bộ khu phố 3 (họp 12/2023)');
    await item.getByRole('button', { name: 'Lưu tên' }).click();
    await expect.poll(() => item.locator('.draft-name').innerText()).toBe('Chi bộ khu phố 3 (họp 12/2023)');
    await item.getByRole('button', { name: /^Nhân bản/ }).click();
    await expect.poll(() => page.locator('.draft').count()).toBe(2);
    expect(await page.locator('.draft-name').allInnerTexts()).toContain('Chi bộ khu phố 3 (họp 12/2023) (bản sao)');
    await item.getByRole('button', { name: /^Xoá/ }).click();
    await expect.poll(() => page.locator('.draft').count()).toBe(1);
    expect((await rawRecords(page)).some((r) => r.id === id)).toBe(false);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => page.locator('.draft').count()).toBe(2);
    const back = (await rawRecords(page)).find((r) => r.id === id)!;
    expect(back.name).toBe('Chi bộ khu phố 3 (họp 12/2023)');
    await context.close();
  });
});

describe('drafts: two tabs', () => {
  it('stay consistent: edits, renames and deletes in one tab show in the other', async () => {
    const context = await newContext();
    const a = await context.newPage();
    const b = await context.newPage();
    const id = await makeDraft(a, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Hai tab');
    await openDrafts(b);
    const item = b.locator(`.draft[data-id="${id}"]`);
    expect(await item.locator('[data-testid="draft-result"]').innerText()).toBe('Không hoàn thành nhiệm vụ');
    // Tab A fixes the facts: tab B's list follows without a reload.
    await a.fill('#f-tasks-completedLate', '0');
    await a.fill('#f-tasks-completedOnTime', '10');
    await saved(a);
    const ratingA = await a.locator('.calc-result [data-testid="rating"]').innerText();
    await expect.poll(() => item.locator('[data-testid="draft-result"]').innerText()).toBe(ratingA);
    // Tab B renames: tab A's form follows.
    await item.getByRole('button', { name: /^Đổi tên/ }).click();
    await item.getByLabel('Tên mới').fill('Đổi ở tab B');
    await item.getByRole('button', { name: 'Lưu tên' }).click();
    await expect.poll(() => a.inputValue('#ten-ban-nhap')).toBe('Đổi ở tab B');
    expect(await a.inputValue('#f-tasks-completedOnTime')).toBe('10');
    // Tab B deletes: tab A says so and does not silently bring it back.
    await b.locator(`.draft[data-id="${id}"]`).getByRole('button', { name: /^Xoá/ }).click();
    await a.getByText('đã bị xoá ở một tab khác').waitFor();
    await a.fill('#f-tasks-exceeded', '2');
    await a.waitForTimeout(400);
    expect((await rawRecords(a)).some((r) => r.id === id)).toBe(false);
    await a.getByRole('button', { name: 'Lưu lại bản nháp này' }).click();
    await expect.poll(async () => (await rawRecords(a)).some((r) => r.id === id)).toBe(true);
    await context.close();
  });

  it('a tab whose code is older than the database stops writing and asks to reload', async () => {
    const context = await newContext();
    const a = await context.newPage();
    const b = await context.newPage();
    const id = await makeDraft(a, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Phiên bản cũ');
    await b.goto('/gioi-thieu/');
    // Tab B runs "newer code": it opens the database at version 3 (a new layout).
    const upgraded = await b.evaluate(`new Promise((ok, ko) => {
      const r = indexedDB.open(${JSON.stringify(DB)}, 3);
      r.onupgradeneeded = () => {};
      r.onblocked = () => ko(new Error('blocked: the old tab did not step aside'));
      r.onsuccess = () => { const v = r.result.version; r.result.close(); ok(v); };
      r.onerror = () => ko(r.error);
    })`);
    expect(upgraded).toBe(3);
    await a.locator('.alert[role="alert"]', { hasText: 'tải lại trang' }).waitFor();
    await a.fill('#ten-ban-nhap', 'Không được ghi');
    await a.waitForTimeout(500);
    expect(await a.locator('[data-testid="save-state"]').getAttribute('data-state')).toBe('error');
    expect((await rawRecords(b)).find((r) => r.id === id)!.name).toBe('Phiên bản cũ');
    // Reloading runs this build's code against the newer database: it refuses to write, and says why.
    await a.reload();
    await a.locator('.calc .alert[role="alert"]').first().waitFor();
    expect(await a.locator('.calc').innerText()).toContain('phiên bản mới hơn');
    await context.close();
  });
});

describe('drafts: schema migration', () => {
  it('opens a version-1 database with version-2 code and keeps every draft', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto('/gioi-thieu/');
    const subject = readCase('sao-do-2023/dang-vien/cham-tien-do-3-tren-10').subject;
    // The version-1 layout: one store keyed by id, no indexes, records without schemaVersion.
    await page.evaluate(`new Promise((ok, ko) => {
      const r = indexedDB.open(${JSON.stringify(DB)}, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('drafts', { keyPath: 'id' });
      r.onsuccess = () => {
        const tx = r.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put({ id: 'v1-case', name: 'Từ phiên bản 1', type: 'case', updatedAt: Date.UTC(2023, 11, 6, 8, 0),
          data: { evaluationDate: '2023-12-10', ruleset: 'sao-do-2023', subject: ${JSON.stringify(subject)} } });
        tx.objectStore('drafts').put({ id: 'v1-empty', name: 'Bản trống', type: 'case', updatedAt: Date.UTC(2023, 11, 1),
          data: { evaluationDate: '', ruleset: null, subject: { kind: 'tap-the-lanh-dao', criteria: { keyResults: [] } } } });
        tx.oncomplete = () => { r.result.close(); ok(true); };
        tx.onerror = () => ko(tx.error);
      };
    })`);
    await openDrafts(page);
    expect(await page.locator('.draft').count()).toBe(2);
    expect(await page.locator('.broken').count()).toBe(0);
    expect(await page.locator('.draft[data-id="v1-case"]').innerText()).toContain('Phường Sao Đỏ 2023');
    const info = await page.evaluate(`new Promise((ok) => { const r = indexedDB.open(${JSON.stringify(DB)}); r.onsuccess = () => { const db = r.result; const tx = db.transaction('drafts'); const s = tx.objectStore('drafts'); const q = s.get('v1-case'); q.onsuccess = () => { ok({ version: db.version, indexes: [...s.indexNames], rec: q.result }); db.close(); }; }; })`) as { version: number; indexes: string[]; rec: Record<string, unknown> };
    expect(info.version).toBe(2);
    expect(info.indexes.sort()).toEqual(['type', 'updatedAt']);
    expect(info.rec).toMatchObject({ schemaVersion: 2, createdAt: Date.UTC(2023, 11, 6, 8, 0), rulesetId: 'sao-do-2023', data: { locality: '' } });
    // And the migrated case opens in the calculator with the case-book result.
    await page.locator('.draft[data-id="v1-case"]').getByRole('link', { name: /^Mở/ }).click();
    await page.locator('.calc[data-ready="true"]').waitFor();
    expect(await page.locator('.calc-result [data-testid="rating"]').getAttribute('data-rating')).toBe('KHTNV');
    await context.close();
  });
});

describe('drafts: export and import', () => {
  let exported = '';
  let names: string[] = [];

  it('exports all drafts, then imports them on a clean device', async () => {
    const one = await newContext();
    const page = await one.newPage();
    await makeDraft(page, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Xuất 1');
    await makeDraft(page, 'qd124-2023/tap-the/thanh-vien-bi-khien-trach', 'Xuất 2');
    await openDrafts(page);
    names = (await page.locator('.draft-name').allInnerTexts()).sort();
    const results = await page.locator('[data-testid="draft-result"]').allInnerTexts();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tất cả ra tệp' }).click()]);
    expect(dl.suggestedFilename()).toMatch(/^ban-nhap-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await dl.path())!, 'utf8');
    expect(JSON.parse(exported).drafts).toHaveLength(2);
    await one.close();

    const two = await newContext(); // a clean browser profile: nothing stored
    const p2 = await two.newPage();
    await openDrafts(p2);
    expect(await p2.locator('.draft').count()).toBe(0);
    await p2.setInputFiles('[data-testid="import-file"]', { name: 'ban-nhap.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => p2.locator('.draft').count()).toBe(2);
    expect((await p2.locator('.draft-name').allInnerTexts()).sort()).toEqual(names);
    expect((await p2.locator('[data-testid="draft-result"]').allInnerTexts()).sort()).toEqual([...results].sort());
    expect(await p2.locator('[data-testid="status"]').innerText()).toContain('Đã nhập 2 bản nháp');

    // The same file again: nothing to do, nothing duplicated.
    await p2.setInputFiles('[data-testid="import-file"]', { name: 'ban-nhap.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => p2.locator('[data-testid="status"]').innerText()).toContain('2 bản đã có sẵn');
    expect(await p2.locator('.draft').count()).toBe(2);

    // Change one draft here, import the file again: offered keep both or replace, never silently overwritten.
    const first = p2.locator('.draft').filter({ hasText: 'Xuất 1' });
    await first.getByRole('button', { name: /^Đổi tên/ }).click();
    await first.getByLabel('Tên mới').fill('Xuất 1 — sửa trên máy này');
    await first.getByRole('button', { name: 'Lưu tên' }).click();
    await p2.getByRole('heading', { name: 'Xuất 1 — sửa trên máy này' }).waitFor();
    await p2.setInputFiles('[data-testid="import-file"]', { name: 'ban-nhap.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await p2.locator('[data-testid="conflicts"]').waitFor();
    expect(await p2.locator('[data-testid="conflicts"]').innerText()).toContain('Xuất 1 — sửa trên máy này');
    expect(await p2.locator('.draft-name').allInnerTexts()).toContain('Xuất 1 — sửa trên máy này');
    await p2.getByRole('button', { name: 'Giữ cả hai' }).click();
    await expect.poll(() => p2.locator('.draft').count()).toBe(3);
    expect(await p2.locator('.draft-name').allInnerTexts()).toEqual(expect.arrayContaining(['Xuất 1 — sửa trên máy này', 'Xuất 1 (bản nhập)']));
    // And "replace" puts the file's version back in place of the local one.
    await p2.setInputFiles('[data-testid="import-file"]', { name: 'ban-nhap.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await p2.getByRole('button', { name: 'Thay bản trên máy bằng bản trong tệp' }).click();
    await expect.poll(async () => (await p2.locator('.draft-name').allInnerTexts()).sort()).toEqual(['Xuất 1', 'Xuất 1 (bản nhập)', 'Xuất 2']);
    await two.close();
  });

  it('rejects a damaged file with the reason and changes nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await makeDraft(page, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Đang có');
    await openDrafts(page);
    const before = JSON.stringify(await rawRecords(page));
    const tryFile = async (name: string, body: string) => {
      await page.setInputFiles('[data-testid="import-file"]', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const err = page.locator('[data-testid="error"]');
      await err.waitFor();
      const text = await err.innerText();
      expect(text).toContain('Không có gì thay đổi');
      expect(JSON.stringify(await rawRecords(page))).toBe(before);
      return text;
    };
    expect(await tryFile('cut.json', exported.slice(0, exported.length - 40))).toContain('không phải JSON hợp lệ');
    expect(await tryFile('other.json', '{"students": []}')).toContain('không phải tệp bản nháp');
    const bad = JSON.parse(exported);
    bad.drafts[1].data.subject.criteria = 'tốt';
    expect(await tryFile('bad.json', JSON.stringify(bad))).toMatch(/bản nháp thứ 2 “[^”]+” — trường “data\.subject\.criteria”/);
    expect(await page.locator('.draft').count()).toBe(1);
    await context.close();
  });
});

describe('drafts: storage, keyboard, accessibility', () => {
  it('shows the storage state, and the export reminder only where the browser may evict data', async () => {
    const chromium = await newContext();
    const p1 = await chromium.newPage();
    await openDrafts(p1);
    await p1.locator('[data-testid="persisted"]').waitFor();
    expect(['true', 'false']).toContain(await p1.locator('[data-testid="persisted"]').getAttribute('data-persisted'));
    expect(await p1.locator('[data-testid="evict-reminder"]').count()).toBe(0);
    await chromium.close();
    const ipad = await newContext({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15' });
    const p2 = await ipad.newPage();
    await openDrafts(p2);
    expect(await p2.locator('[data-testid="evict-reminder"]').innerText()).toContain('xuất bản nháp ra tệp');
    await ipad.close();
  });

  it('works with the keyboard alone (open, rename, delete, undo)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const id = await makeDraft(page, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Bàn phím');
    await openDrafts(page);
    await page.locator('body').focus();
    const item = `.draft[data-id="${id}"]`;
    await tabTo(page, `${item} .draft-actions button:nth-of-type(1)`, 80); // Đổi tên
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Đổi bằng bàn phím');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${item} .draft-name`).innerText()).toBe('Đổi bằng bàn phím');
    await tabTo(page, `${item} .draft-actions button:nth-of-type(3)`, 80); // Xoá
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.draft').count()).toBe(0);
    // Focus moved to "Hoàn tác".
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hoàn tác');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.draft').count()).toBe(1);
    await tabTo(page, `${item} .draft-name a`, 80);
    await page.keyboard.press('Enter');
    await page.locator('.calc[data-ready="true"]').waitFor();
    expect(draftIdOf(page)).toBe(id);
    await context.close();
  });

  it('has no axe-core violations (list, import conflicts, damaged file message)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await makeDraft(page, 'sao-do-2023/dang-vien/cham-tien-do-3-tren-10', 'Axe 1');
    await openDrafts(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setBypassCSP', { enabled: true });
    await page.reload();
    await page.locator('.drafts[data-ready="true"]').waitFor();
    const run = () => axeViolations(page);
    expect(await run()).toEqual([]);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tất cả ra tệp' }).click()]);
    const file = JSON.parse(readFileSync((await dl.path())!, 'utf8'));
    file.drafts[0].name = 'Axe 1 (khác)';
    file.drafts[0].updatedAt += 1;
    await page.setInputFiles('[data-testid="import-file"]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('[data-testid="conflicts"]').waitFor();
    await page.locator('.draft-actions button').first().click(); // rename form open too
    expect(await run()).toEqual([]);
    await page.getByRole('button', { name: 'Huỷ nhập' }).click();
    await page.setInputFiles('[data-testid="import-file"]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await page.locator('[data-testid="error"]').waitFor();
    expect(await run()).toEqual([]);
    await context.close();
  });
});
