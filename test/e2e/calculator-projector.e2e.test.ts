// Issue 10, the calculator shown on a projector, end to end in Chromium (one browser, one warm
// context for the whole file): a case link (contract D) opens a case as a new unsaved case and a
// bad one leaves an empty form with a Vietnamese message; "Họ và tên" is kept in the draft
// (contract C).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newWarmContext, startHarness, type Harness } from './support/browser';

let h: Harness;
let context: BrowserContext;
beforeAll(async () => { h = await startHarness(); context = await newWarmContext(h); });
afterAll(async () => { await h?.close(); });

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
    expect(await page.inputValue('#f-members-KHTNV')).toBe('');
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
