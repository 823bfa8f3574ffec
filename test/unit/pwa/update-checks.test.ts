// When a tab looks for a new version, and that a version whose download failed is fetched again
// by itself instead of waiting for the hourly check.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_INTERVAL_MS, RETRY_DELAYS_MS, createUpdateChecks, watchInstall } from '../../../src/lib/pwa/update-checks';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

function setup({ failUpdate = false } = {}) {
  let online = true;
  const calls: number[] = [];
  const t0 = Date.now();
  const checks = createUpdateChecks({
    update: () => { calls.push(Date.now() - t0); return failUpdate ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(); },
    isOnline: () => online,
    schedule: (run, ms) => { const t = setTimeout(run, ms); return () => clearTimeout(t); },
  });
  return { checks, calls, setOnline: (v: boolean) => { online = v; } };
}

/** A stand-in ServiceWorker whose state the test moves. */
function worker(initial = 'installing') {
  const listeners: (() => void)[] = [];
  const w = {
    state: initial,
    addEventListener: (_type: 'statechange', l: () => void) => { listeners.push(l); },
    to(state: string) { w.state = state; for (const l of listeners) l(); },
  };
  return w;
}

describe('update checks', () => {
  it('checks when asked while online, never while offline', async () => {
    const { checks, calls, setOnline } = setup();
    checks.check();
    setOnline(false);
    checks.check();
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS);
    expect(calls).toEqual([0]);
  });

  it('after a failed install, tries again after 15 s, 1 min, 5 min, then hourly', async () => {
    const { checks, calls } = setup();
    checks.check();
    for (const delay of [...RETRY_DELAYS_MS, CHECK_INTERVAL_MS]) {
      checks.failed();
      const before = calls.length;
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(calls.length).toBe(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls.length).toBe(before + 1);
    }
    expect(calls).toEqual([0, 15_000, 75_000, 375_000, 375_000 + CHECK_INTERVAL_MS]);
  });

  it('retries a check whose worker script could not be fetched', async () => {
    const { checks, calls } = setup({ failUpdate: true });
    checks.check();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(calls).toEqual([0, 15_000]);
  });

  it('a retry due while offline waits for the "online" check, which also cancels the timer', async () => {
    const { checks, calls, setOnline } = setup();
    checks.failed();
    setOnline(false);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(calls).toEqual([]);
    setOnline(true);
    checks.check(); // the "online" event
    checks.failed();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]);
    expect(calls).toEqual([15_000, 15_000 + 60_000]);
  });

  it('a version that installs starts the retry delays over', async () => {
    const { checks, calls } = setup();
    checks.failed();
    checks.failed();
    expect(checks.failures).toBe(2);
    checks.installed();
    checks.failed();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(calls).toEqual([15_000]);
  });
});

describe('watchInstall', () => {
  it('an install that ends redundant before it installed is a failure', () => {
    const on = { failed: vi.fn(), installed: vi.fn() };
    const w = worker();
    watchInstall(w, on);
    w.to('redundant');
    expect(on.failed).toHaveBeenCalledTimes(1);
    expect(on.installed).not.toHaveBeenCalled();
  });

  it('a waiting worker replaced later by a newer one had installed: not a failure', () => {
    const on = { failed: vi.fn(), installed: vi.fn() };
    const w = worker();
    watchInstall(w, on);
    w.to('installed');
    w.to('redundant');
    expect(on.installed).toHaveBeenCalledTimes(1);
    expect(on.failed).not.toHaveBeenCalled();
  });

  it('a worker already redundant when watched is reported at once', () => {
    const on = { failed: vi.fn(), installed: vi.fn() };
    watchInstall(worker('redundant'), on);
    expect(on.failed).toHaveBeenCalledTimes(1);
  });
});
