// Autosave timing: a change is saved within 300 ms even while typing continues; flush saves at
// once; saves never overlap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../src/lib/drafts/autosave.ts';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('autosave', () => {
  it('saves within 300 ms of the first change while the user keeps typing every 50 ms', async () => {
    const saves: number[] = [];
    const a = createAutosaver({ save: async () => { saves.push(Date.now()); }, attach: false });
    const t0 = Date.now();
    for (let i = 0; i < 20; i++) { a.changed(); await vi.advanceTimersByTimeAsync(50); }
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(saves[0]! - t0).toBeLessThanOrEqual(300);
    for (let i = 1; i < saves.length; i++) expect(saves[i]! - saves[i - 1]!).toBeLessThanOrEqual(300);
    a.dispose();
  });
  it('asks a delay function at each change (a costly screen may save less often)', async () => {
    const saves: number[] = [];
    let delay = 150;
    const a = createAutosaver({ save: async () => { saves.push(Date.now()); }, delayMs: () => delay, attach: false });
    const t0 = Date.now();
    a.changed();
    await vi.advanceTimersByTimeAsync(160);
    expect(saves.map((t) => t - t0)).toEqual([150]);
    delay = 1000;
    a.changed();
    await vi.advanceTimersByTimeAsync(900);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(saves).toHaveLength(2);
    a.dispose();
  });
  it('does nothing without a change; flush saves pending work at once', async () => {
    const save = vi.fn(async () => {});
    const a = createAutosaver({ save, attach: false });
    await a.flush();
    expect(save).not.toHaveBeenCalled();
    a.changed();
    await a.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    a.dispose();
  });
  it('runs saves one after another and reports errors', async () => {
    let running = 0, maxRunning = 0;
    const states: string[] = [];
    let fail = false;
    const a = createAutosaver({
      save: async () => { running++; maxRunning = Math.max(maxRunning, running); await new Promise((r) => setTimeout(r, 400)); running--; if (fail) throw new Error('đầy'); },
      onState: (s) => states.push(s), attach: false,
    });
    a.changed();
    await vi.advanceTimersByTimeAsync(260);
    a.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(maxRunning).toBe(1);
    fail = true;
    a.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(states.at(-1)).toBe('error');
    a.dispose();
  });
  it('a failed save stays pending: flush rejects with the reason, and the next flush retries', async () => {
    let fail = true;
    const saved: number[] = [];
    const a = createAutosaver({ save: async () => { if (fail) throw new DOMException('', 'QuotaExceededError'); saved.push(1); }, attach: false });
    a.changed();
    await expect(a.flush()).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(a.dirty).toBe(true);
    await expect(a.flush()).rejects.toBeDefined(); // still failing: still reported, never "saved"
    fail = false;
    await expect(a.flush()).resolves.toBeUndefined();
    expect(saved).toEqual([1]);
    expect(a.dirty).toBe(false);
    a.dispose();
  });
});
