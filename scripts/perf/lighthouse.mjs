// Lighthouse rows of `npm run perf`: the mobile preset (Lighthouse's default: a Moto G Power
// class phone, simulated slow 4G and 4× CPU), performance score, Total Blocking Time and CLS,
// plus the accessibility score, per page. Lighthouse's own `benchmarkIndex` (a fixed loop it
// times before every run) is reported beside them as that run's reference.
// Lighthouse is a devDependency only: nothing of it ships.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost'];

/** One Lighthouse run per page and repetition, each in a fresh Chromium. */
export async function lighthouseRuns(baseUrl, pages, { runs = 3, onRun } = {}) {
  const out = Object.fromEntries(pages.map((p) => [p, []]));
  for (let r = 0; r < runs; r++) {
    for (const path of pages) {
      const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
      try {
        const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
        const lhr = result.lhr;
        const run = {
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          a11y: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
          tbt: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          benchmarkIndex: lhr.environment.benchmarkIndex,
          failed: lhr.runtimeError?.message ?? null,
        };
        out[path].push(run);
        onRun?.(path, run);
      } finally {
        await chrome.kill();
      }
    }
  }
  return out;
}
