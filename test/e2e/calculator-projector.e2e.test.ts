// Issue 10, the calculator shown on a projector, end to end in Chromium (one browser, one warm
// context for the whole file): a case link (contract D) opens a case as a new unsaved case and a
// bad one leaves an empty form with a Vietnamese message; "Họ và tên" is kept in the draft
// (contract C).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { axeViolations, newWarmContext, startHarness, type Harness } from './support/browser';
import { fillCase, type CaseFile } from './support/calculator-fill';

let h: Harness;
let context: BrowserContext;
beforeAll(async () => { h = await startHarness(); context = await newWarmContext(h); });
afterAll(async () => { await h?.close(); });

const readCase = (id: string): CaseFile => JSON.parse(readFileSync(`test/casebook/${id}.json`, 'utf8'));
const link = (kind: string, c: unknown) => `/tinh-xep-loai/${kind}/#ho-so=${encodeURIComponent(JSON.stringify(c))}`;

async function open(url: string, options: { axe?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The app's CSP refuses inline scripts; axe goes in through DevTools, which CSP does not govern.
  if (options.axe) await (await context.newCDPSession(page)).send('Page.setBypassCSP', { enabled: true });
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
    // Read as the user does, on screen: off-screen, the comparison is not rendered (content-visibility) and
    // its innerText is empty; it is drawn in the frame after it comes into view.
    await sd.scrollIntoViewIfNeeded();
    await expect.poll(() => sd.innerText()).toContain('Cần thêm:');
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

/** The result's rating, or null while none is shown. */
const shownRating = async (page: Page) => ((await page.locator('.calc-result [data-testid="rating"]').count()) ? page.locator('.calc-result [data-testid="rating"]').getAttribute('data-rating') : null);
/** Every failed condition sits under the band it belongs to. */
async function whyNotLabelsMatch(page: Page) {
  const bands = page.locator('.calc-result details.why');
  for (let i = 0; i < await bands.count(); i++) {
    const band = bands.nth(i);
    if (!(await band.evaluate((d) => (d as HTMLDetailsElement).open))) await band.locator('summary').click();
    await band.locator('li.failed').first().waitFor(); // a higher band's lines render once it is opened
    const want = await band.getAttribute('data-band');
    // A requirement is listed under its own band only; a cap under the band just above it, and a
    // case that makes the subject KHTNV under HTNV, carry their own level.
    const rows = await band.locator('li.failed').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-level'), li.getAttribute('data-role')]));
    expect(rows.length, `band ${want}`).toBeGreaterThan(0);
    for (const [level, role] of rows) expect(role === 'requirement' ? level : want, `band ${want}: ${rows.join(' ')}`).toBe(want);
  }
}

describe('shown on a projector: no rating before the facts, the texts named, the deciding sentence first', () => {
  it('an empty form of every subject kind shows no rating, only what is missing, each linked to its field', async () => {
    for (const [kind, year, want] of [
      ['dang-vien', '2024', /Mức đạt của tiêu chí “Kết quả thực hiện chức trách, nhiệm vụ được giao/],
      ['can-bo-lanh-dao', '2025', /Tổng điểm đánh giá/],
      ['to-chuc-dang', '2025', /Tổng điểm đánh giá/],
      ['tap-the-lanh-dao', '2023', /Mức đạt của tiêu chí/],
    ] as const) {
      const { page, errors } = await open(`/tinh-xep-loai/${kind}/`, { axe: kind === 'dang-vien' });
      await page.selectOption('#f-reviewYear', year);
      const missing = page.locator('.calc-result [data-testid="missing"]');
      await missing.waitFor({ timeout: 10_000 }).catch(async () => { throw new Error(`${kind} ${year}: ${await page.locator('.calc-result').innerText()}`); });
      expect(await shownRating(page), kind).toBeNull();
      expect(await missing.innerText()).toMatch(/^Còn thiếu/);
      expect(await missing.innerText()).toMatch(want);
      const hrefs = await missing.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, kind).toBeGreaterThan(0);
      for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
      if (kind === 'dang-vien') expect(await axeViolations(page)).toEqual([]);
      // No answer in the comparison either while this ruleset has none.
      expect(await page.locator('[data-sticky-bottom] [data-rating], [data-testid="compare"] li[data-ruleset="' + (await page.locator('[data-testid="ruleset-info"]').getAttribute('data-ruleset')) + '"] [data-rating]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('Sao Đỏ on 01/12/2026 applies Quy định 366 + Hướng dẫn 43, never Hồng Quang\'s plan, and says Sao Đỏ has none', async () => {
    const { page, errors } = await open('/tinh-xep-loai/can-bo-lanh-dao/');
    await page.selectOption('#f-locality', 'sao-do');
    await page.fill('#f-evaluationDate', '2026-12-01');
    const info = page.locator('[data-testid="ruleset-info"]');
    await expect.poll(() => info.getAttribute('data-ruleset')).toBe('qd366-2025');
    expect(await info.innerText()).toContain('Quy định 366 + Hướng dẫn 43 (toàn quốc)');
    expect(await info.innerText()).not.toContain('Hồng Quang');
    expect(await page.locator('[data-testid="locality-gap"]').innerText()).toContain('Phường Sao Đỏ');
    await page.fill('#f-score', '85');
    await page.fill('#f-tasks-assigned', '10');
    await page.fill('#f-tasks-completedOnTime', '10');
    await page.locator('.calc-result [data-testid="rating"]').waitFor();
    expect(await page.locator('.calc-result').innerText()).not.toContain('Hồng Quang');
    // The hook's values are locality slugs; the locality that has a plan for the year gets it.
    expect(await page.locator('#f-locality option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(expect.arrayContaining(['sao-do', 'hong-quang', 'tuy-phuoc', 'tinh-uy']));
    // Hồng Quang's plan is for the review of 2025 only.
    await page.selectOption('#f-locality', 'hong-quang');
    await page.selectOption('#f-reviewYear', '2025');
    await expect.poll(() => info.getAttribute('data-ruleset')).toBe('hong-quang-2025');
    expect(await info.innerText()).toContain('15-KH/ĐU');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the secretary\'s four cases on a tablet, each in ≤ 8 interactions: the deciding clause first, why-not under its own band', async () => {
    const counts: Record<string, number> = {};
    const run = async (name: string, kind: string, steps: ((p: Page) => Promise<unknown>)[]) => {
      const { page, errors } = await open(`/tinh-xep-loai/${kind}/`);
      await page.setViewportSize({ width: 820, height: 1180 });
      for (const step of steps) await step(page);
      counts[name] = steps.length;
      await page.locator('.calc-result [data-testid="rating"]').waitFor();
      await page.locator('[data-testid="deciding-sentence"][data-loaded="true"]').waitFor();
      await whyNotLabelsMatch(page);
      expect(errors).toEqual([]);
      return page;
    };
    const criteria = (level: string) => async (p: Page) => { await p.locator('.criteria--loading').waitFor({ state: 'detached' }); await p.selectOption('#f-tieu-chi-tat-ca', level); };
    // The first link of the result is the deciding one, and its preview holds the clause's sentence.
    const firstLink = (p: Page) => p.locator('.calc-result a.cite-link').first();

    // (a) Sao Đỏ 2023, a member with 4 months' sick leave: rated on the months worked, the plan's bullet linked.
    let page = await run('a', 'dang-vien', [
      (p) => p.selectOption('#f-reviewYear', '2023'), (p) => p.selectOption('#f-locality', 'sao-do'), criteria('tot'),
      (p) => p.fill('#f-tasks-assigned', '10'), (p) => p.fill('#f-tasks-completedOnTime', '10'), (p) => p.fill('#f-sickLeaveMonths', '4'),
    ]);
    expect(await shownRating(page)).toBe('HTTNV');
    expect(await firstLink(page).getAttribute('data-testid')).toBe('deciding-link');
    expect(await firstLink(page).getAttribute('href')).toMatch(/^\/van-ban\/kh-sao-do-2023\/#m-ii-b-2-2_3-b(--\d+)?$/); // the HTTNV band, not HTXSNV's
    expect(await page.locator('[data-testid="verdict"]').innerText()).toMatch(/^Hoàn thành tốt nhiệm vụ — vì .+; chưa đạt Hoàn thành xuất sắc nhiệm vụ vì /);
    const sick = page.locator('.calc-result .notes li', { hasText: 'nghỉ ốm' });
    await expect.poll(() => sick.locator('[data-testid="note-link"]').getAttribute('href')).toMatch(/^\/van-ban\/kh-sao-do-2023\/#m-ii-b-5--\d+$/);
    expect(await sick.innerText()).not.toContain('hạ mức'); // not the plan's words
    const bullet = (await sick.locator('[data-testid="note-link"]').getAttribute('href'))!;
    await page.goto(bullet);
    expect(await page.locator(`[id="${bullet.split('#')[1]}"]`).innerText()).toContain('nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên');
    await page.close();

    // (b) 2025, 92 points, 10/10 on time, 2 exceeded: HTTNV under Điều 11 Quy định 366 (20 % exceeded, 30 % needed for HTXSNV).
    page = await run('b', 'dang-vien', [
      (p) => p.selectOption('#f-reviewYear', '2025'), (p) => p.fill('#f-score', '92'),
      (p) => p.fill('#f-tasks-assigned', '10'), (p) => p.fill('#f-tasks-completedOnTime', '10'), (p) => p.fill('#f-tasks-exceeded', '2'),
    ]);
    expect(await shownRating(page)).toBe('HTTNV');
    expect(await page.locator('[data-testid="verdict"]').innerText()).toContain('chưa đạt Hoàn thành xuất sắc nhiệm vụ vì chỉ có 2/10 = 20 %');
    expect(await page.locator('[data-testid="deciding-sentence"] blockquote').innerText()).toMatch(/^Hoàn thành tốt nhiệm vụ/);
    await page.close();

    // (c) Sao Đỏ 2023, a head whose unit was rated HTNV: capped, the cap's sentence first.
    page = await run('c', 'can-bo-lanh-dao', [
      (p) => p.selectOption('#f-reviewYear', '2023'), (p) => p.selectOption('#f-locality', 'sao-do'), criteria('tot'),
      (p) => p.fill('#f-tasks-assigned', '10'), (p) => p.fill('#f-tasks-completedOnTime', '10'),
      (p) => p.setChecked('#f-leadership-isHead', true), (p) => p.selectOption('#f-leadership-headedUnitRating', 'HTNV'),
    ]);
    expect(await shownRating(page)).toBe('HTNV');
    const capSentence = page.locator('[data-testid="deciding-sentence"]');
    expect(await capSentence.locator('blockquote').innerText()).toContain('không được cao hơn mức xếp loại');
    expect(await capSentence.getAttribute('data-found')).toBe('true');
    expect(await firstLink(page).getAttribute('href')).toMatch(/^\/van-ban\/kh-sao-do-2023\/#m-ii-b-4--\d+$/);
    await page.close();

    // (d) Sao Đỏ 2023, a chi bộ from its members' ratings: 20 members, 2 KHTNV (10 %) → not HTTNV.
    page = await run('d', 'to-chuc-dang', [
      (p) => p.selectOption('#f-reviewYear', '2023'), (p) => p.selectOption('#f-locality', 'sao-do'), criteria('tot'),
      (p) => p.fill('#f-members-HTXSNV', '2'), (p) => p.fill('#f-members-HTTNV', '8'), (p) => p.fill('#f-members-HTNV', '8'), (p) => p.fill('#f-members-KHTNV', '2'),
    ]);
    // 18/20 = 90 % HTNV or above and 10/20 = 50 % HTTNV or above: HTTNV (case book: sao-do-2023/chi-bo/httnv-90-50).
    expect(await shownRating(page)).toBe('HTTNV');
    await page.close();

    console.log('secretary run, interactions per case (goal ≤ 8):', JSON.stringify(counts));
    for (const k of ['a', 'b', 'c', 'd']) expect(counts[k]).toBeLessThanOrEqual(8);
  });
});

describe('notices never cover the field being typed in', () => {
  it('the "ready offline" notice of a first visit moves off the focused field and the rating bar', async () => {
    const fresh = await h.newContext(); // a first visit: the service worker installs and says so
    const page = await fresh.newPage();
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto('/tinh-xep-loai/dang-vien/');
    await page.locator('.calc[data-ready="true"]').waitFor();
    // A field just above the rating bar, where the notice sits by default, being typed in.
    await page.locator('#f-tasks-assigned').click();
    await page.locator('#f-tasks-assigned').pressSequentially('10');
    await page.evaluate(() => {
      const bar = document.querySelector('[data-sticky-bottom]')!.getBoundingClientRect();
      const el = document.getElementById('f-tasks-assigned')!.getBoundingClientRect();
      scrollBy(0, el.bottom - (bar.top - 8));
    });
    const notice = page.locator('.pwa-notice[data-pwa="ready"]');
    await notice.waitFor({ timeout: 30_000 });
    const rects = () => page.evaluate(() => {
      const r = (el: Element | null) => { const b = el!.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right }; };
      return { notice: r(document.querySelector('.pwa-notice[data-pwa="ready"]')), field: r(document.getElementById('f-tasks-assigned')), bar: r(document.querySelector('[data-sticky-bottom]')) };
    });
    const overlap = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    await expect.poll(async () => { const x = await rects(); return overlap(x.notice, x.field) || overlap(x.notice, x.bar); }).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-tasks-assigned');
    // At the bottom, where it sits by default, it would have covered them: it moved to the top.
    expect(await page.locator('.pwa-notices').getAttribute('class')).toContain('pwa-notices--top');
    // The field is still where the user is typing, the notice above it, readable and dismissible.
    const x = await rects();
    expect(x.field.bottom).toBeLessThanOrEqual(x.bar.top);
    expect(x.notice.bottom).toBeLessThanOrEqual(x.field.top);
    // Done typing, reading the result: the notice sits above the rating bar, not over the top of the screen.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await expect.poll(async () => (await page.locator('.pwa-notices').getAttribute('class')) ?? '').not.toContain('pwa-notices--top');
    const y = await page.evaluate(() => ({ notice: document.querySelector('.pwa-notice[data-pwa="ready"]')!.getBoundingClientRect().bottom, bar: document.querySelector('[data-sticky-bottom]')!.getBoundingClientRect().top }));
    expect(y.notice).toBeLessThanOrEqual(y.bar);
    await fresh.close();
  });
});
