import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/browser';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe('site shell', () => {
  it('shows the Vietnamese navigation on the home page', async () => {
    const ctx = await h.newContext();
    const page = await ctx.newPage();
    await page.goto('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    const labels = await page.locator('.site-nav a').allInnerTexts();
    expect(labels).toEqual(['Thư viện', 'Tính xếp loại', 'Bản nháp', 'Công cụ họp']);
    await expect(page.locator('footer').innerText()).resolves.toMatch(/phiên bản \d+\.\d+\.\d+/);
    await ctx.close();
  });

  it('keeps every navigation link a touch target of at least 44 px on a phone', async () => {
    const ctx = await h.newContext();
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    for (const box of await page.locator('.site-nav a').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await ctx.close();
  });
});
