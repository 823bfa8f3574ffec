// Issue 15, the calculator's first answer, in Chromium on a returning tablet (the service worker
// serves every file): the page loads the rules engine while idle, before any input; the first
// keystrokes show, frame by frame, only what the engine says for what is in the field at that
// moment (never an empty result box, never a rating of an earlier input); the comparison says it
// is updating until its rows are of the current input; and nothing on the page moves on its own
// while it loads (CLS 0, measured by Chromium's own layout-shift entries).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWarmContext, startHarness, type Harness } from './support/browser';
import { compute } from '../../src/lib/calculator/compute.ts';
import { defaultData, withAt, type CaseDraftData } from '../../src/lib/calculator/subject.ts';
import { todayIso } from '../../src/lib/calculator/labels.ts';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** What the result box shows, as the island decides it: the rating only once no deciding fact is missing. */
function shownFor(assigned: number | null): string {
  let d: CaseDraftData = defaultData('dang-vien', todayIso());
  if (assigned !== null) d = { ...d, subject: withAt(d.subject, 'tasks.assigned', assigned) as CaseDraftData['subject'] };
  const c = compute(d);
  const e = c.evaluation;
  return e && e.rating !== null && !e.missing.length && !c.checked.unset.length ? e.rating : 'missing';
}

/**
 * Recorded in the page from its first script on: every layout shift Chromium reports, and at each
 * frame what the result box, the number field and the comparison show.
 */
const RECORDER = `(() => {
  const w = window;
  w.__shifts = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__shifts.push({ value: e.value, recent: e.hadRecentInput, at: e.startTime,
    nodes: (e.sources || []).map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?') }); })
    .observe({ type: 'layout-shift', buffered: true });
  w.__states = [];
  const state = () => {
    const box = document.querySelector('.calc-result');
    if (!box) return null;
    const r = box.querySelector('[data-testid="rating"]');
    const shown = r ? r.getAttribute('data-rating') : box.querySelector('[data-testid="missing"]') ? 'missing' : box.querySelector('[data-testid="no-result"]') ? 'no-result' : 'none';
    const field = document.getElementById('f-tasks-assigned');
    const busy = document.querySelector('[data-testid="compare-busy"]');
    const cur = document.querySelector('[data-testid="compare"] li.compare-col--current');
    return { value: field ? field.value : '', shown, engine: document.querySelector('.calc')?.getAttribute('data-engine'),
      compareBusy: busy ? busy.getAttribute('data-busy') : null, compareCurrent: cur ? (cur.querySelector('[data-rating]')?.getAttribute('data-rating') ?? 'none') : null };
  };
  // Sampled at every animation frame, just before it is painted: what the user can see.
  const record = () => { const s = state(); const last = w.__states[w.__states.length - 1]; if (s && JSON.stringify(s) !== JSON.stringify(last)) w.__states.push(s); requestAnimationFrame(record); };
  requestAnimationFrame(record);
})();`;

type State = { value: string; shown: string; engine: string; compareBusy: string | null; compareCurrent: string | null };

describe('calculator: the first answer on a returning visit', () => {
  it('loads the engine while idle, shows no stale or empty intermediate, says when the comparison lags, and does not shift', async () => {
    const context = await newWarmContext(h);
    const page = await context.newPage();
    await page.setViewportSize({ width: 412, height: 823 }); // Lighthouse's mobile screen
    await page.addInitScript({ content: RECORDER });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/tinh-xep-loai/dang-vien/');

    // No input yet: the engine arrives while the page is idle.
    await page.locator('.calc[data-engine="true"]').waitFor({ timeout: 15_000 });
    await page.locator('.calc-result [data-testid="missing"]').waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
    const shiftsBefore = await page.evaluate(() => (window as unknown as { __shifts: { value: number; recent: boolean; nodes: string[] }[] }).__shifts);
    expect(shiftsBefore.filter((s) => !s.recent), 'layout shifts while the page and the engine load').toEqual([]);

    await page.click('#f-tasks-assigned');
    await page.keyboard.type('10');
    await page.locator('.calc-result [data-testid="rating"]').waitFor();
    await page.locator('[data-testid="compare-busy"][data-busy="false"]').waitFor({ timeout: 10_000 });
    const states = await page.evaluate(() => (window as unknown as { __states: State[] }).__states);

    // Once the engine is loaded, the result box always shows the engine's answer for the field's value.
    const withEngine = states.filter((s) => s.engine === 'true');
    expect(withEngine.length).toBeGreaterThan(0);
    const expected = new Map<string, string>();
    for (const s of withEngine) {
      if (!expected.has(s.value)) expected.set(s.value, shownFor(s.value === '' ? null : Number(s.value)));
      expect(s.shown, `result box while the field holds "${s.value}"`).toBe(expected.get(s.value));
      // The comparison's column of the ruleset in use: either says it is updating or agrees with the result.
      if (s.compareBusy === 'false' && s.compareCurrent !== null) expect(s.compareCurrent, `comparison while the field holds "${s.value}"`).toBe(s.shown === 'missing' ? 'none' : s.shown);
    }
    const last = withEngine[withEngine.length - 1]!;
    expect(last.value).toBe('10');
    expect(last.shown).toBe(shownFor(10));
    expect(last.shown).not.toBe('missing');
    // While the comparison computed its rows it said so.
    expect(withEngine.some((s) => s.compareBusy === 'true')).toBe(true);

    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; recent: boolean }[] }).__shifts);
    expect(shifts.filter((s) => !s.recent).reduce((a, s) => a + s.value, 0), 'CLS without input').toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
