// Issue 12, end to end in Chromium: the edges where work used to be lost.
//  - A real full disk: the browser profile lives on a small tmpfs that is then filled; a plain
//    IndexedDB write must fail first (the test checks the disk really bites before trusting it).
//    Every screen and the import say the storage is full, with the export one tap away, no stored
//    draft changes, and once space is freed nothing typed meanwhile is missing. A new version
//    waiting meanwhile is not applied over the failed save: the update prompt says why and the
//    page does not reload.
//  - Hostile pastes and imports: rating words "constructor" and "__proto__", HTML, a 39 MB file,
//    a "__proto__" or unknown key inside a draft, UTF-8 with a BOM, UTF-16: refused with the key
//    named, or stored as text; saves keep working afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, DIST, startHarness, type Harness } from './support/browser';
import { serve } from '../../scripts/serve.mjs';
import { rawRecords, SCREENS, seedDrafts, type DraftRow } from './support/drafts';
import { STORAGE_FULL_TEXT } from '../../src/lib/error-text.ts';
import { exportDrafts } from '../../src/lib/drafts/transfer.ts';
import { makeDraft } from '../../src/lib/drafts/store.ts';
import { newPersonalReview } from '../../src/lib/meeting/review.ts';

let h: Harness;
const measured: Record<string, unknown> = {};
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => {
  await h?.close();
  console.log('durability limits measurements:', JSON.stringify(measured));
});

/** The text of the first element matching `selector`, '' when there is none (never waits). */
const textOf = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);
const sorted = (rows: { id: string }[]) => JSON.stringify([...rows].sort((a, b) => a.id.localeCompare(b.id)));

/** Whether this machine lets the test mount a tmpfs (root; CI runs as root). */
function tmpfsWorks(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = mkdtempSync(join(tmpdir(), 'stxl-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch { return false; } finally { rmSync(dir, { recursive: true, force: true }); }
}
const TMPFS = tmpfsWorks();
if (!TMPFS) console.warn('durability-limits: cannot mount a tmpfs here (not root?): the full-disk test is skipped');

/**
 * Fill the file system at `dir` to the last byte (again: a failed write makes Chromium reopen its
 * database, which can free a little space, so the disk is filled before every step).
 */
let ballast = 0;
function fillDisk(dir: string): number {
  let written = 0;
  for (const size of [1 << 20, 4096, 512]) {
    const fd = openSync(join(dir, `ballast-${ballast++}`), 'w');
    const chunk = Buffer.alloc(size, 1);
    try { for (;;) { writeSync(fd, chunk); written += size; } } catch { /* ENOSPC */ } finally { closeSync(fd); }
  }
  return written;
}

/** A plain IndexedDB write of `bytes` into a database of its own (never the drafts), as the proof that the disk bites. */
const probeWrite = (page: Page, bytes: number) => page.evaluate((bytes) => new Promise<string>((ok) => {
  const r = indexedDB.open('probe-disk-full', 1);
  r.onupgradeneeded = () => r.result.createObjectStore('s');
  r.onerror = () => ok(`open failed: ${r.error?.name} ${r.error?.message}`);
  r.onsuccess = () => {
    const tx = r.result.transaction('s', 'readwrite');
    tx.objectStore('s').put('x'.repeat(bytes), 'k');
    tx.oncomplete = () => { r.result.close(); ok('written'); };
    tx.onabort = () => ok(`write failed: ${tx.error?.name} ${tx.error?.message}`);
  };
}), bytes);

describe('a full disk', () => {
  it.skipIf(!TMPFS)('every screen and the import say the storage is full, with the export at hand; no update over it; nothing stored changes; nothing typed is lost', async () => {
    const disk = mkdtempSync(join(tmpdir(), 'stxl-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=192m', 'tmpfs', disk]);
    // A server of its own: its /sw.js can become "the next deploy" (the same build, another worker script).
    const routes: Record<string, { type: string; body: string }> = {};
    const site = await serve(DIST, 0, '127.0.0.1', { routes });
    const ctx = await chromium.launchPersistentContext(join(disk, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, baseURL: site.url, locale: 'vi-VN', acceptDownloads: true,
    });
    try {
      const ids = await seedDrafts(ctx);
      const pages: Page[] = [];
      // Screens in use: each has had the user's attention once, so what a screen loads on its first
      // interaction (the roster's rules engine) is loaded before the disk fills, as on a device
      // where the meeting is under way (Chromium may free space when a load hits the full disk).
      for (const s of SCREENS) { const p = await ctx.newPage(); await s.open(p, ids[s.key]); await p.focus(s.first); await p.waitForLoadState('networkidle'); pages.push(p); }
      const list = await ctx.newPage();
      await list.goto('/ban-nhap/');
      await list.locator('.drafts[data-ready="true"]').waitFor();
      const before = sorted(await rawRecords(list));
      // A new version arrives while there is still room for its worker, and waits for the user:
      // the pages (controlled by the first worker) offer it.
      const roster = pages[SCREENS.findIndex((s) => s.key === 'roster')]!;
      await roster.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 20_000 });
      routes['/sw.js'] = { type: 'text/javascript; charset=utf-8', body: `${readFileSync(join(DIST, 'sw.js'), 'utf8')}\n// the next deploy\n` };
      await ctx.setOffline(true);
      await ctx.setOffline(false); // back online: each page looks for a new version
      await roster.locator('[data-pwa="update"]').waitFor({ state: 'visible', timeout: 30_000 });

      const probes: string[] = [];
      /** Fill the disk, and check it bites: a plain 1 MB IndexedDB write must fail. */
      const full = async () => {
        fillDisk(disk);
        const probe = await probeWrite(list, 1 << 20);
        probes.push(probe);
        expect(probe).toMatch(/failed/);
        fillDisk(disk); // what the failed write gave back (its log file) is taken too
      };
      measured['ballast written to fill the disk (MB)'] = +(fillDisk(disk) / 1e6).toFixed(1);

      for (const [i, s] of SCREENS.entries()) {
        const p = pages[i]!;
        await full();
        await p.fill(s.first, `Gõ khi đầy ${s.key}`);
        const problem = p.locator('[data-testid="save-problem"]');
        await problem.waitFor({ timeout: 10_000 });
        expect(await problem.innerText()).toContain(STORAGE_FULL_TEXT);
        expect(await problem.getAttribute('data-storage-full')).toBe('true');
        // The export is one tap away, and holds what could not be saved.
        const [dl] = await Promise.all([p.waitForEvent('download'), problem.getByRole('button', { name: 'Xuất bản nháp ra tệp' }).click()]);
        const file = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as { drafts: { id: string; name: string; data: Record<string, unknown> }[] };
        expect(JSON.stringify(file.drafts.find((d) => d.id === ids[s.key]))).toContain(`Gõ khi đầy ${s.key}`);
      }
      // Accepting the update while the roster's last edit cannot be saved: nothing is activated or
      // reloaded, and the prompt says why.
      await full();
      await roster.evaluate(() => { (window as unknown as { samePage: boolean }).samePage = true; });
      await roster.locator('[data-pwa-action="accept"]').click();
      await expect.poll(() => textOf(roster, '[data-pwa="update-error"]'), { timeout: 10_000 }).toContain(STORAGE_FULL_TEXT);
      measured['update prompt over a failed final save'] = await textOf(roster, '[data-pwa="update-error"]');
      expect(await roster.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
      expect(await roster.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
      expect(await roster.inputValue(SCREENS.find((s) => s.key === 'roster')!.first)).toBe('Gõ khi đầy roster');
      // The drafts list: a rename and an import say so too.
      await full();
      const item = list.locator(`.draft[data-id="${ids.review}"]`);
      await item.getByRole('button', { name: /^Đổi tên/ }).click();
      await item.getByLabel('Tên mới').fill('Đổi tên khi đầy');
      await item.getByRole('button', { name: 'Lưu tên' }).click();
      await expect.poll(() => textOf(list, '[data-testid="error"]')).toContain(STORAGE_FULL_TEXT);
      await full();
      const incoming = exportDrafts([makeDraft({ type: 'review', name: 'Nhập khi đầy', data: newPersonalReview('2025-12-01') })]);
      await list.setInputFiles('[data-testid="import-file"]', { name: 'nhap.json', mimeType: 'application/json', buffer: Buffer.from(incoming) });
      await expect.poll(() => textOf(list, '[data-testid="error"]')).toMatch(new RegExp(`Không nhập tệp “nhap\\.json”: ${STORAGE_FULL_TEXT}.*Không có gì thay đổi`));

      // Free the disk: every stored draft is as it was, and reopening each screen stores what was typed.
      for (const p of pages) await p.close();
      measured['probe writes on the full disk'] = [...new Set(probes.map((p) => p.replace(/\d{4,}/g, '…')))];
      for (let n = 0; n < ballast; n++) rmSync(join(disk, `ballast-${n}`), { force: true });
      // "As it was": the failed writes changed nothing. A save that a retry got through as the disk
      // freed (a closed page flushes) may hold the user's own edit, and nothing else.
      const check = await ctx.newPage();
      await check.goto('/gioi-thieu/');
      const seedName = (r: { type: string }) => (r.type === 'case' ? 'Tính thử' : `Bắt đầu ${r.type}`);
      const asBefore = (rows: DraftRow[]) => sorted(rows.map((r) => JSON.parse(JSON.stringify({ ...r, updatedAt: 0 }).replaceAll(`Gõ khi đầy ${SCREENS.find((x) => x.key === (r.type === 'case' ? 'calculator' : r.type))?.key}`, seedName(r)))));
      const after = await rawRecords(check);
      measured['drafts holding the edit typed on the full disk once space was freed'] = after.filter((r) => JSON.stringify(r).includes('Gõ khi đầy')).length;
      expect(asBefore(after)).toBe(asBefore(JSON.parse(before)));
      for (const s of SCREENS) {
        await s.open(check, ids[s.key]);
        await expect.poll(() => check.inputValue(s.first)).toBe(`Gõ khi đầy ${s.key}`);
        await expect.poll(async () => s.get1((await rawRecords(check)).find((r) => r.id === ids[s.key])!)).toBe(`Gõ khi đầy ${s.key}`);
      }
    } finally {
      await ctx.close().catch(() => undefined);
      await site.close();
      execFileSync('umount', ['-l', disk], { stdio: 'ignore' });
      rmSync(disk, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('hostile pastes and imports', () => {
  it('roster paste: "constructor", "__proto__", HTML — refused or kept as text, and every later save works', async () => {
    const ctx = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'vi-VN', serviceWorkers: 'block' }); // not about offline use
    const page = await ctx.newPage();
    const roster = SCREENS.find((s) => s.key === 'roster')!;
    await roster.open(page);
    await page.getByTestId('roster-title').fill('Chi bộ thử dán');
    await page.locator('summary', { hasText: 'Dán danh sách' }).click();
    const html = '<img src=x onerror="window.__pwned=1">Lê <b>Văn</b> C';
    await page.getByTestId('roster-paste').fill(['Nguyễn Văn A; constructor', 'Trần Thị B; __proto__', `${html}; HTTNV`, 'Phạm D; toString', 'Võ E\thasOwnProperty'].join('\n'));
    await page.getByTestId('roster-paste-add').click();
    await expect.poll(() => page.locator('.roster-row').count()).toBe(5);
    const warnings = (await page.locator('.warn').allInnerTexts()).join('\n');
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(warnings).toContain(`không hiểu mức “${w}”`);
    expect(await page.locator('.roster-list img, .roster-list b').count()).toBe(0);
    expect(await page.locator('[data-row-index="2"] input[type="text"]').first().inputValue()).toBe(html);
    // Saves keep working: the next edit is stored with all five rows.
    await page.getByTestId('roster-title').fill('Chi bộ thử dán (đã sửa)');
    await expect.poll(async () => {
      const r = (await rawRecords(page)).find((x) => x.type === 'roster' && x.data.title === 'Chi bộ thử dán (đã sửa)');
      return r ? (r.data.rows as { proposed: string }[]).map((x) => x.proposed) : null;
    }).toEqual(['', '', 'HTTNV', '', '']);
    await page.reload();
    await roster.ready(page);
    expect(await page.getByTestId('roster-title').inputValue()).toBe('Chi bộ thử dán (đã sửa)');
    expect(await page.locator('.roster-row').count()).toBe(5);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await ctx.close();
  });

  it('imports: a 39 MB file is refused unread; "__proto__", "constructor" and unknown keys are named; BOM and UTF-16 files import; HTML stays text', async () => {
    const ctx = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'vi-VN', serviceWorkers: 'block' }); // not about offline use
    const page = await ctx.newPage();
    await page.goto('/ban-nhap/');
    await page.locator('.drafts[data-ready="true"]').waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'stxl-import-'));
    const tryFile = async (name: string, body: Buffer | string) => {
      const path = join(dir, name);
      writeFileSync(path, body);
      const t0 = Date.now();
      await page.setInputFiles('[data-testid="import-file"]', path);
      const said = async () => `${await textOf(page, '[data-testid="error"]')}${await textOf(page, '[data-testid="status"]')}`;
      await expect.poll(said).toMatch(/\S/);
      const text = await said();
      measured[`import ${name}`] = `${Date.now() - t0} ms: ${text.slice(0, 160)}`;
      return text;
    };
    const review = (over: Record<string, unknown>) => makeDraft({ type: 'review', name: 'Bản kiểm điểm nhập', data: { ...newPersonalReview('2025-12-01'), ...over } });
    try {
      // 39 MB: refused by its size before it is read.
      mkdirSync(dir, { recursive: true });
      const big = Buffer.alloc(39 * 1024 * 1024, 0x20);
      Buffer.from(exportDrafts([review({})]).slice(0, -1)).copy(big);
      big.write('}', big.length - 1);
      expect(await tryFile('lon.json', big)).toMatch(/Tệp quá lớn.*39 MB.*tối đa 20 MB.*không được đọc/);
      // Keys that a lookup or a schema might mistake for the object's own machinery: refused, named.
      const proto = exportDrafts([review({})]).replace('"texts": {}', '"texts": { "__proto__": "bị bỏ mất?" }');
      expect(await tryFile('proto.json', proto)).toMatch(/__proto__.*không được phép.*Không có gì thay đổi/);
      const ctor = exportDrafts([review({})]).replace('"texts": {}', '"texts": { "constructor": "x" }');
      expect(await tryFile('ctor.json', ctor)).toMatch(/có trường lạ: constructor/);
      const subject = JSON.parse(readFileSync('test/casebook/sao-do-2023/dang-vien/cham-tien-do-3-tren-10.json', 'utf8')).subject;
      const odd = exportDrafts([makeDraft({ type: 'case', name: 'Lạ', data: { evaluationDate: '2023-12-10', locality: 'sao-do', ruleset: 'sao-do-2023', subject: { ...subject, truongLa: 1 } } })]);
      expect(await tryFile('la.json', odd)).toMatch(/data\.subject.*có trường lạ: truongLa/);
      expect(await tryFile('rac.bin', Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0x00, 0x80]))).toMatch(/Không nhập tệp|không phải/);
      expect(await rawRecords(page)).toEqual([]);
      // HTML in names and texts, in UTF-8 with a BOM and in UTF-16: imported, shown as text.
      const html = '<img src=x onerror="window.__pwned=2">Nguyễn <b>Văn</b> A';
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exportDrafts([{ ...review({ fullName: html }), name: html }]))]);
      expect(await tryFile('bom.json', withBom)).toContain('Đã nhập 1 bản nháp');
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exportDrafts([{ ...review({ fullName: 'Trần Thị Bé' }), name: 'Bản UTF-16' }]), 'utf16le')]);
      expect(await tryFile('utf16.json', utf16)).toContain('Đã nhập 1 bản nháp');
      await expect.poll(() => page.locator('.draft').count()).toBe(2);
      expect(await page.locator('.draft-list img, .draft-list b').count()).toBe(0);
      expect(await page.locator('.draft-name').allInnerTexts()).toEqual(expect.arrayContaining([html, 'Bản UTF-16']));
      // Saves keep working: a rename, and the imported review opens and saves on its screen.
      const item = page.locator('.draft').filter({ hasText: 'Bản UTF-16' });
      await item.getByRole('button', { name: /^Đổi tên/ }).click();
      await item.getByLabel('Tên mới').fill('Bản UTF-16 (đã đổi tên)');
      await item.getByRole('button', { name: 'Lưu tên' }).click();
      await page.getByRole('heading', { name: 'Bản UTF-16 (đã đổi tên)' }).waitFor();
      const id = (await rawRecords(page)).find((r) => r.name === html)!.id;
      const screen = SCREENS.find((s) => s.key === 'review')!;
      await screen.open(page, id);
      expect(await page.inputValue(screen.first)).toBe(html);
      await page.fill(screen.secondField, 'Hà Nội');
      await expect.poll(async () => (await rawRecords(page)).find((r) => r.id === id)?.data.place).toBe('Hà Nội');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // The roster's own import checks the size first too.
      await SCREENS.find((s) => s.key === 'roster')!.open(page);
      await page.getByTestId('roster-import').setInputFiles(join(dir, 'lon.json'));
      await expect.poll(() => page.getByTestId('roster-status').innerText()).toMatch(/Không nhập được tệp: Tệp quá lớn/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await ctx.close();
  }, 90_000);
});
