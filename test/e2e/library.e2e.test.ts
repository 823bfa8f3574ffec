// The regulation library in Chromium: copy a clause link and land on it, JS budgets, faithful
// page text, and no axe-core violations. (Search: test/e2e/search.e2e.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureBudgets } from '../../scripts/budgets.mjs';
import { wordsKept } from '../../src/lib/text-import/import.ts';
import { PROFILES } from '../../src/lib/text-import/profiles.ts';
import { DIST, newWarmContext, startHarness, type Harness } from './support/browser';
import { pdfText } from './support/pdf-text';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

// Service workers blocked: none of these tests is about offline use (the 404 test warms its own
// profile), and every fresh profile would otherwise install the whole precache, competing for CPU.
async function context(options: Parameters<Harness['browser']['newContext']>[0] = {}): Promise<BrowserContext> {
  const ctx = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'vi-VN', serviceWorkers: 'block', ...options });
  ctx.on('request', (r) => h.browserRequests.push(r.url()));
  return ctx;
}

describe('library: links to clauses', () => {
  it('copies the citation of điểm 4.3 khoản 4 Điều 12; its link lands on the clause, highlighted whole; a block and a dead anchor too', async () => {
    const ctx = await context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await page.goto('/van-ban/qd-124-2023/');
    const button = page.getByRole('button', { name: 'Sao chép trích dẫn 4.3. Đối với cá nhân', exact: true });
    await button.click();
    const link = `${h.baseUrl}/van-ban/qd-124-2023/#m-12-4-4_3`;
    const citation = `điểm 4.3 khoản 4 Điều 12 Quy định 124-QĐ/TW ngày 04/10/2023 (hết hiệu lực từ 30/8/2025) — ${link}`;
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe(`Đã sao chép trích dẫn: ${citation}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    expect(page.url()).toBe(link);

    const other = await ctx.newPage();
    await other.setViewportSize({ width: 390, height: 800 });
    const arrive = async (url: string) => {
      await other.goto(url);
      return other.evaluate(() => {
        const t = document.querySelector(':target');
        const r = t?.getBoundingClientRect();
        // Elements painted with the arrival highlight (the colour of the clause or block arrived at).
        const mark = t?.matches('[data-block]') ? t : t?.closest('.unit');
        const colour = mark ? getComputedStyle(mark).backgroundColor : '';
        const lit = [...document.querySelectorAll('.doc-text *')].filter((e) => colour !== 'rgba(0, 0, 0, 0)' && getComputedStyle(e).backgroundColor === colour);
        const missing = document.getElementById('anchor-missing')!;
        const bar = document.querySelector('.context-bar')!;
        return { id: t?.id, text: t?.textContent, visible: !!r && r.top >= bar.getBoundingClientRect().bottom && r.top < innerHeight,
          lit: lit.map((e) => e.querySelector('[id]')?.id ?? e.id), missing: missing.hidden ? null : missing.textContent,
          crumbs: [...bar.querySelectorAll('li')].map((li) => li.textContent), status: bar.querySelector('.context-status')!.textContent,
          toc: [...document.querySelectorAll('.toc [aria-current]')].map((a) => a.textContent) };
      });
    };
    const clause = await arrive(link);
    expect(clause).toMatchObject({ id: 'm-12-4-4_3', text: '4.3. Đối với cá nhân', visible: true, missing: null });
    // Where it sits, whether it is in force and what replaced it.
    expect(clause.crumbs).toEqual(['Điều 12. Tiêu chí xếp loại', '4. Không hoàn thành nhiệm vụ', '4.3. Đối với cá nhân']);
    expect(clause.status).toBe('Hết hiệu lực từ 30/8/2025 — nay theo Điều 11 Quy định 366-QĐ/TW');
    expect(clause.toc).toEqual(['Điều 12. Tiêu chí xếp loại', '4. Không hoàn thành nhiệm vụ', '4.3. Đối với cá nhân']);
    // The whole clause is highlighted (its container, holding the points a)–d)), nothing else.
    expect(clause.lit).toEqual(['m-12-4-4_3']);

    const block = await arrive(`${h.baseUrl}/van-ban/kh-sao-do-2023/#m-ii-b-5--14`);
    expect(block).toMatchObject({ id: 'm-ii-b-5--14', visible: true, missing: null, lit: ['m-ii-b-5--14'] });
    expect(block.text).toMatch(/^- Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên/);

    const dead = await arrive(`${h.baseUrl}/van-ban/qd-124-2023/#m-12-4-4_9`);
    expect(dead.missing).toContain('Không tìm thấy');
    await other.getByRole('link', { name: 'Mở Điều 12, khoản 4' }).click();
    await expect.poll(() => other.evaluate(() => document.querySelector(':target')?.id)).toBe('m-12-4');
    await expect.poll(() => other.locator('#anchor-missing').isHidden()).toBe(true);
    await ctx.close();
  });

  it('lists the documents with status and relations, and says which texts are not published', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto('/van-ban/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Quy định 124-QĐ/TW đã hết hiệu lực từ 30/8/2025');
    expect(text).toMatch(/Bị thay thế bởi Quy định 366-QĐ\/TW/);
    expect(text).toMatch(/Thay thế Quy định 132-QĐ\/TW/);
    for (const id of ['qd-366-2025', 'hd-43-2025', 'qd-132-2018', 'hd-21-2019']) {
      await expect(page.locator(`#${id}`).innerText()).resolves.toContain('Không đăng toàn văn');
    }
    // Which plans apply which regime: one row per regime in the timeline.
    const rows = await page.locator('table.timeline tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/366-QĐ\/TW[\s\S]*Hồng Quang/);
    expect(rows[1]).toMatch(/124-QĐ\/TW[\s\S]*Sao Đỏ/);
    expect(rows[2]).toMatch(/132-QĐ\/TW[\s\S]*Tuy Phước[\s\S]*Tỉnh ủy/);
    for (const href of await page.locator('.doc-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/van-ban\/[a-z0-9-]+\/$/);
    }
    await ctx.close();
  });

  it('reads on a 360 px phone: no sideways scrolling, copy-link buttons are 44 px touch targets', async () => {
    const ctx = await context({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    for (const doc of ['qd-124-2023', 'kh-sao-do-2023', 'kh-tinh-uy-2022']) {
      await page.goto(`/van-ban/${doc}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), doc).toBeLessThanOrEqual(0);
      const sizes = await page.locator('.copy-link').evaluateAll((as) => as.slice(0, 20).map((a) => { const r = a.getBoundingClientRect(); return Math.min(r.width, r.height); }));
      for (const s of sizes) expect(s).toBeGreaterThanOrEqual(44);
    }
    await ctx.close();
  });

  it('a long text draws its clauses as they come near, and find-in-page, selection and links still reach every word', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto('/van-ban/kh-sao-do-2023/');
    const last = 'Văn phòng Đảng ủy có trách nhiệm tổng hợp báo cáo Đảng ủy';
    const r = await page.evaluate((words) => {
      const units = [...document.querySelectorAll('.doc-body .unit')];
      // Far from the screen, a clause is not drawn (content-visibility: auto in reader.css).
      const skipped = units.filter((u) => !u.checkVisibility({ contentVisibilityAuto: true })).length;
      getSelection()!.selectAllChildren(document.querySelector('.doc-text')!);
      const selected = getSelection()!.toString();
      getSelection()!.removeAllRanges();
      // window.find is the browser's find-in-page: it finds the words and scrolls to them.
      const found = (window as unknown as { find(s: string): boolean }).find(words);
      const at = getSelection()!.anchorNode?.parentElement?.closest('[data-block]');
      const box = at?.getBoundingClientRect();
      return { units: units.length, skipped, selected: selected.includes(words), found, at: at?.id, onScreen: !!box && box.top >= 0 && box.bottom <= innerHeight };
    }, last);
    expect(r.skipped).toBeGreaterThan(r.units / 2);
    expect(r).toMatchObject({ selected: true, found: true, at: 'm-iii-2--1', onScreen: true });
    await ctx.close();
  });

  it('every reader page shows every source word, in order (the footnotes in theirs)', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    for (const p of PROFILES) {
      await page.goto(`/van-ban/${p.meta.docId}/`);
      const shown = await page.evaluate(() => {
        const text = document.querySelector<HTMLElement>('.doc-text')!.cloneNode(true) as HTMLElement;
        document.body.append(text); // innerText needs the copy rendered
        // ...all of it: innerText leaves out what content-visibility skips off screen (reader.css),
        // text the reader draws as it comes near (find-in-page and selection see it; see below).
        for (const u of text.querySelectorAll<HTMLElement>('.unit')) u.style.contentVisibility = 'visible';
        const notes = text.querySelector<HTMLElement>('[data-footnotes]');
        const footnotes = notes?.innerText ?? '';
        notes?.remove();
        const all = text.innerText;
        text.remove();
        return { text: all, footnotes };
      });
      const r = wordsKept(readFileSync(join('src/content/sources', p.file), 'utf8'), shown.text, shown.footnotes);
      expect(r.ratio, `${p.meta.docId} missing: ${r.missing.join(' ')}`).toBe(1);
    }
    await ctx.close();
  });
});

describe('library: the law beside the rules', () => {
  it('tiết d điểm 4.3 khoản 4 Điều 12 shows the rules built on it; an example opens in the calculator with the rule deciding', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto('/van-ban/qd-124-2023/#m-12-4-4_3-d');
    const toggle = page.locator('[data-rules] > .unit-row:has(#m-12-4-4_3-d) + .rules-toggle');
    await expect(toggle.textContent()).resolves.toMatch(/^Quy tắc dựa trên điều khoản này \(\d+\)$/);
    await toggle.click();
    const panel = page.locator('#m-12-4-4_3-d').locator('xpath=../..').locator('.rules-panel');
    await expect.poll(() => panel.locator('.rule').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const first = panel.locator('.rule').first();
    expect(await first.locator('.rule-head').textContent()).toMatch(/^Trường hợp Không hoàn thành nhiệm vụ · Đảng viên/);
    expect(await first.locator('blockquote').textContent()).toContain('Bị xử lý kỷ luật trong năm đánh giá');
    expect(await first.locator('.rule-sets').textContent()).toContain('Quy định 124-QĐ/TW');
    const example = first.getByRole('link', { name: /^Mở một trường hợp có quy tắc này trong công cụ tính/ });
    expect(await example.getAttribute('href')).toMatch(/^\/tinh-xep-loai\/dang-vien\/#ho-so=/);
    await example.click();
    await page.waitForURL(/\/tinh-xep-loai\/dang-vien\//);
    await expect.poll(() => page.locator('[data-testid="rating"]').getAttribute('data-rating'), { timeout: 20_000 }).toBe('KHTNV');
    await ctx.close();
  });
});

describe('library: print', () => {
  it('every printed page carries the document, its status, the print date and its number', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto('/van-ban/qd-124-2023/');
    const rules = await page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    const today = new Date();
    expect(rules).toContain('@top-left { content: "Quy định 124-QĐ/TW ngày 04/10/2023"');
    expect(rules).toContain('@top-right { content: "Hết hiệu lực từ 30/8/2025"');
    expect(rules).toContain(`In ngày ${String(today.getDate()).padStart(2, '0')}/${today.getMonth() + 1}/${today.getFullYear()}`);
    expect(rules).toContain('counter(page) "/" counter(pages)');
    const printed = await page.pdf({ format: 'A4' });
    const pdf = printed.toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(10);
    // The whole text is printed, the clauses never scrolled to included (content-visibility is
    // for the screen only): the last words of the last article.
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(squeeze(pdfText(printed))).toContain(squeeze('Quy định này thay thế Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị'));
    await ctx.close();
  });
});

describe('library: unknown addresses', () => {
  it('answer with the Vietnamese 404 page, from the server and offline from the service worker', async () => {
    const server = await fetch(`${h.baseUrl}/van-ban/khong-co-van-ban-nay/`);
    expect(server.status).toBe(404);
    expect(await server.text()).toMatch(/<h1[^>]*>Không tìm thấy trang<\/h1>/);
    const ctx = await newWarmContext(h);
    const page = await ctx.newPage();
    await page.goto('/van-ban/khong-co-van-ban-nay/');
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect(await page.locator('#dia-chi-khong-co').textContent()).toBe('/van-ban/khong-co-van-ban-nay/');
    await ctx.setOffline(true);
    const before = h.serverRequests.length;
    await page.goto('/khong-co/trang-nay/?q=1');
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect(await page.locator('#dia-chi-khong-co').textContent()).toBe('/khong-co/trang-nay/?q=1');
    // A page that exists still opens offline as itself.
    await page.goto('/van-ban/qd-124-2023/#m-12');
    expect(await page.locator('h1').textContent()).toBe('Quy định 124-QĐ/TW (04/10/2023)');
    // Nothing reached the server but the browser's own check for a new service worker.
    expect(h.serverRequests.slice(before).filter((p) => p !== '/sw.js')).toEqual([]);
    await ctx.close();
  });
});

describe('library: budgets and accessibility', () => {
  it('ships at most 15 KB of JS (gzip) on reader pages before searching, and no page is over its budget', async () => {
    const pages = await measureBudgets(DIST);
    const readers = pages.filter((p: { type: string }) => p.type === 'reader');
    expect(readers.length).toBe(10); // five texts, five documents known by their facts
    for (const p of readers) expect(p.bytes).toBeLessThanOrEqual(15_000);
    expect(pages.filter((p: { over: boolean }) => p.over).map((p: { url: string }) => p.url)).toEqual([]);
    console.log(`reader JS ${(readers[0]!.bytes / 1000).toFixed(1)} KB gzip`);
  });

  // One profile and one tab for every page (/tra-cuu/ is checked with results in search.e2e).
  // The pages' Content-Security-Policy forbids injected scripts; axe is a test tool, so bypass it here.
  let axeCtx: BrowserContext;
  let page: Page;
  beforeAll(async () => { axeCtx = await context({ bypassCSP: true }); page = await axeCtx.newPage(); });
  afterAll(async () => { await axeCtx?.close(); });
  it('on a phone, no tap target of a long text is obscured by a clause drawn on demand (axe target-size, as Lighthouse runs it)', async () => {
    const phone = await axeCtx.newPage();
    await phone.setViewportSize({ width: 412, height: 823 });
    for (const doc of ['qd-124-2023', 'kh-hong-quang-2025']) {
      await phone.goto(`/van-ban/${doc}/`);
      await phone.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
      const violations = await phone.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { runOnly: ['target-size'] });
        return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      });
      expect(violations, doc).toEqual([]);
    }
    await phone.close();
  });

  it.each(['/', '/van-ban/', '/van-ban/qd-124-2023/', '/van-ban/kh-hong-quang-2025/', '/van-ban/qd-366-2025/', '/so-sanh/', '/404.html'])('axe-core finds no violations on %s', async (path) => {
    await page.goto(path);
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run();
      return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});
