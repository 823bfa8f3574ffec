// Issue 10, the calculator shown on a projector, end to end in Chromium (one browser, one warm
// context for the whole file): a case link (contract D) opens a case as a new unsaved case and a
// bad one leaves an empty form with a Vietnamese message; "Họ và tên" is kept in the draft
// (contract C).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { newWarmContext, startHarness, type Harness } from './support/browser';
import { fillCase, type CaseFile } from './support/calculator-fill';

let h: Harness;
let context: BrowserContext;
beforeAll(async () => { h = await startHarness(); context = await newWarmContext(h); });
afterAll(async () => { await h?.close(); });

const readCase = (id: string): CaseFile => JSON.parse(readFileSync(`test/casebook/${id}.json`, 'utf8'));
const link = (kind: string, c: unknown) => `/tinh-xep-loai/${kind}/#ho-so=${encodeURIComponent(JSON.stringify(c))}`;

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('.calc[data-ready="true"]').waitFor();
  return { page, errors };
}

/** The calculator drafts stored on the device (read in the page, as the app stores them). */
const storedDrafts = (page: Page) => page.evaluate(async () => {
  // Never open (and so create) the database before the app has.
  if (!(await indexedDB.databases()).some((d) => d.name === 'so-tay-xep-loai-ban-nhap')) return [];
  return new Promise<{ id: string; name: string; data: { personName?: string } }[]>((resolve, reject) => {
  const req = indexedDB.open('so-tay-xep-loai-ban-nhap');
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains('drafts')) { db.close(); resolve([]); return; }
    const all = db.transaction('drafts').objectStore('drafts').getAll();
    all.onsuccess = () => { db.close(); resolve((all.result as { type: string; id: string; name: string; data: { personName?: string } }[]).filter((r) => r.type === 'case')); };
    all.onerror = () => reject(all.error);
  };
  });
});

describe('contract D: a case in the address', () => {
  const c = {
    id: 'vi-du', title: 'Chi bộ có 2 đảng viên không hoàn thành', ruleset: 'tuy-phuoc-2021', evaluationDate: '2021-12-10',
    subject: { kind: 'to-chuc-dang', orgType: 'chi-bo', criteria: { keyResults: ['tot', 'tot'], other: ['tot'] }, members: { HTXSNV: 1, HTTNV: 5, HTNV: 2, KHTNV: 2 } },
    expect: { rating: 'KHTNV' },
  };

  it('opens as a new, unsaved case with its facts, date and locality', async () => {
    const { page, errors } = await open(link('to-chuc-dang', c));
    expect(await page.inputValue('#f-evaluationDate')).toBe('2021-12-10');
    expect(await page.inputValue('#f-locality')).toBe('tuy-phuoc');
    expect(await page.inputValue('#f-members-KHTNV')).toBe('2');
    expect(await page.inputValue('#ten-ban-nhap')).toBe(c.title);
    expect(await page.locator('.calc .notice').innerText()).toContain('chưa được lưu');
    expect(new URL(page.url()).hash).toBe('');
    expect(await storedDrafts(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes to the page of the case\'s own subject kind', async () => {
    const { page } = await open(link('dang-vien', c));
    expect(new URL(page.url()).pathname).toBe('/tinh-xep-loai/to-chuc-dang/');
    expect(await page.inputValue('#f-members-KHTNV')).toBe('2');
    await page.close();
  });

  it('refuses a bad case with a Vietnamese message naming the field, and shows an empty form', async () => {
    const bad = { ...c, subject: { ...c.subject, members: { HTXSNV: -1 } } };
    const { page, errors } = await open(link('to-chuc-dang', bad));
    const msg = await page.locator('.calc .notice').innerText();
    expect(msg).toContain('Không mở được hồ sơ trong liên kết');
    expect(msg).toContain('subject.members.HTXSNV');
    expect(await page.inputValue('#f-evaluationDate')).not.toBe('2021-12-10');
    expect(await page.locator('[data-testid="rating"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('contract C: "Họ và tên" is kept in the draft as personName', () => {
  it('names the draft after the person until the draft is named, and survives a reload', async () => {
    const { page } = await open('/tinh-xep-loai/dang-vien/');
    await page.locator('#f-personName').fill('Nguyễn Văn An');
    expect(await page.inputValue('#ten-ban-nhap')).toBe('Nguyễn Văn An');
    await expect.poll(async () => (await storedDrafts(page)).find((d) => d.data.personName === 'Nguyễn Văn An')?.name, { timeout: 10_000 }).toBe('Nguyễn Văn An');
    await page.reload();
    await page.locator('.calc[data-ready="true"]').waitFor();
    expect(await page.inputValue('#f-personName')).toBe('Nguyễn Văn An');
    await page.close();
  });
});

describe('the comparison is honest', () => {
  it('a ruleset that needs facts not asked here says "Cần thêm", offers to add them, then rates and says why it differs', async () => {
    const { page, errors } = await open('/tinh-xep-loai/dang-vien/');
    await fillCase(page, readCase('hong-quang-2025/dang-vien/90-diem-du-dieu-kien'));
    await page.locator('.calc-result [data-testid="rating"]').waitFor();
    const col = (id: string) => page.locator(`[data-testid="compare"] > li[data-ruleset="${id}"]`);
    // Sao Đỏ 2023 rates by the levels of the criteria its plan names: none given here.
    const sd = col('sao-do-2023');
    await expect.poll(() => sd.getAttribute('data-needs')).toBe('true');
    expect(await sd.locator('[data-rating]').count()).toBe(0);
    expect(await sd.innerText()).toContain('Cần thêm:');
    expect(await sd.innerText()).toContain('Kết quả thực hiện chức trách, nhiệm vụ được giao');
    // Add them: the questions appear in the form, apart from those of the ruleset in use.
    await sd.getByRole('button', { name: 'Nhập thêm dữ kiện này' }).click();
    const extra = page.locator('[data-testid="compare-extra"]');
    await extra.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('them-du-kien');
    await extra.locator('#so-sanh-f-tieu-chi-tat-ca').selectOption('tot');
    await expect.poll(() => sd.getAttribute('data-needs')).toBe('false');
    const rated = await sd.locator('[data-rating]').getAttribute('data-rating');
    expect(rated).toBeTruthy();
    const current = await page.locator('.calc-result [data-testid="rating"]').getAttribute('data-rating');
    expect(await sd.getAttribute('data-differs')).toBe(rated !== current ? 'true' : 'false');
    if (rated !== current) expect(await sd.locator('.compare-why').innerText()).toMatch(/^Vì: “.+”$/);
    // The plan's questions that 2025 does not read, and the other way round, are named.
    expect(await sd.locator('.compare-diff').innerText()).toContain('Không xét: Tổng điểm đánh giá');
    // Using that ruleset makes its result the main one.
    await sd.getByRole('button', { name: 'Dùng quy định này' }).click();
    expect(await page.locator('#f-ruleset').inputValue()).toBe('sao-do-2023');
    await expect.poll(() => page.locator('.calc-result [data-testid="rating"]').getAttribute('data-rating')).toBe(rated);
    expect(errors).toEqual([]);
    await page.close();
  });
});
