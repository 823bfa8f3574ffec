// The short pass of `npm run perf` (issue 15), in CI on every run: it reports what the user sees
// (input → frame with the result, offline-ready over Fast 3G, search against Pagefind's own UI)
// and asserts only what does not depend on how busy the machine is — each measurement reached
// its result on screen, and a first visit installs the precache in one download.
import { describe, expect, it } from 'vitest';
import { ensureBuild, DIST } from './support/browser.ts';
import { report, runPerf } from '../../scripts/perf.mjs';

describe('npm run perf (short pass)', () => {
  it('measures every row on the built site and reports it against the goals', { timeout: 300_000 }, async () => {
    ensureBuild();
    const result = await runPerf({ dist: DIST, runs: 1, quick: true, log: () => undefined });
    console.log(report(result));
    const samples = result.runs[0]!.samples;
    // Every timed input ended at a frame showing its result (a measurement that never saw the
    // result throws instead of returning a number).
    for (const [row, n] of [['firstResult', 2], ['keystroke', 20], ['rosterEdit', 12], ['rosterPaste', 1], ['search', 1], ['pagefindUi', 1], ['offline', 1], ['reader', 1], ['readerLcp', 1], ['readerAnchor', 1]] as const) {
      expect(samples[row], row).toHaveLength(n);
      for (const ms of samples[row]!) expect(ms, row).toBeGreaterThan(0);
    }
    // Each timed key counted the frames from the key to its result: at least the result's own.
    for (const row of ['keystrokeFrames', 'rosterEditFrames'] as const) {
      expect(samples[row], row).toHaveLength(samples[row.replace('Frames', '')]!.length);
      for (const f of samples[row]!) expect(Number.isInteger(f) && f >= 1, row).toBe(true);
    }
    // A first visit: the page, its scripts, the worker and one pack — not one request per file.
    expect(samples.offlineRequests![0]).toBeLessThanOrEqual(20);
  });
});
