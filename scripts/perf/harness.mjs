// The browser side of `npm run perf`: the built site on the project's own static server (plus
// the reference pages), Debian's Chromium through playwright-core, 4× CPU throttling by CDP,
// and the in-page probe (probe.js) in every document.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync',
  // Nothing leaves the machine: every name but the local server resolves to nothing.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

/**
 * Pagefind's own default UI on the same index, the reference of the search rows. `options` are
 * PagefindUI's; scripts/perf-search.mjs also serves it without the typing pause.
 */
const pagefindUiPage = (options = {}) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind UI (reference)</title><link rel="stylesheet" href="/pagefind/pagefind-ui.css">
<script src="/pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main>
<script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI(${JSON.stringify({ element: '#search', showSubResults: true, ...options })}); });</script>
</body></html>`;
export const PAGEFIND_UI_PATH = '/__perf/pagefind-ui/';
/**
 * A page of the same origin that does nothing else: the reference loop runs here, and the floor
 * row types into its number field, whose only handler echoes the value into a <p> (what the
 * browser itself costs from a key to the next frame, with the page doing no work).
 */
const BLANK_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>perf</title></head><body>
<input id="echo-in" type="number" inputmode="numeric" min="0" step="1" aria-label="echo"><p id="echo-out"></p>
<select id="echo-sel" aria-label="echo"><option>HTXSNV</option><option selected>HTTNV</option><option>HTNV</option><option>KHTNV</option></select><p id="echo-sel-out"></p>
<script>
for (const [i, o] of [['echo-in', 'echo-out'], ['echo-sel', 'echo-sel-out']]) document.getElementById(i).addEventListener('input', (e) => { document.getElementById(o).textContent = e.currentTarget.value; });
</script>
</body></html>`;
export const BLANK_PATH = '/__perf/blank/';

/**
 * Chromium's "Fast 3G" (DevTools' preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up),
 * the link of the offline-ready row.
 */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44e6 / 8), uploadThroughput: (675e3 / 8) };

const freePort = () => new Promise((ok, ko) => {
  const s = createServer();
  s.on('error', ko);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

/**
 * A second CDP connection to the browser (a WebSocket: playwright-core has no public API for a
 * worker's session) that applies `conditions` to every service worker as it starts, before it
 * runs (waitForDebuggerOnStart). Network emulation is per target: a page's emulation does not
 * slow its service worker's fetches, so without this the precache would install at loopback speed.
 */
async function serviceWorkerThrottle(port) {
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const ws = new WebSocket(webSocketDebuggerUrl);
  await new Promise((ok, ko) => { ws.addEventListener('open', ok, { once: true }); ws.addEventListener('error', ko, { once: true }); });
  let nextId = 0;
  const waiting = new Map();
  let conditions = null;
  const send = (method, params = {}, sessionId) => new Promise((ok, ko) => {
    const id = ++nextId;
    waiting.set(id, { ok, ko });
    ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
  });
  ws.addEventListener('message', (m) => {
    const msg = JSON.parse(String(m.data));
    if (msg.id) { const w = waiting.get(msg.id); waiting.delete(msg.id); if (w) (msg.error ? w.ko(new Error(msg.error.message)) : w.ok(msg.result)); return; }
    if (msg.method !== 'Target.attachedToTarget') return;
    const { sessionId, waitingForDebugger } = msg.params;
    void (async () => {
      if (conditions) { await send('Network.enable', {}, sessionId); await send('Network.emulateNetworkConditions', conditions, sessionId); }
      if (waitingForDebugger) await send('Runtime.runIfWaitingForDebugger', {}, sessionId);
    })().catch(() => undefined);
  });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker', exclude: false }, { exclude: true }] });
  return { set: (c) => { conditions = c; }, close: () => ws.close() };
}

/** Pagefind's UI with no typing pause (`debounceTimeoutMs: 0`): its search time alone. */
export const PAGEFIND_UI_INSTANT_PATH = '/__perf/pagefind-ui-instant/';

export async function startHarness(dist) {
  const html = (body) => ({ type: 'text/html; charset=utf-8', body });
  const server = await serve(dist, 0, '127.0.0.1', { routes: {
    [PAGEFIND_UI_PATH]: html(pagefindUiPage()),
    [PAGEFIND_UI_INSTANT_PATH]: html(pagefindUiPage({ debounceTimeoutMs: 0 })),
    [BLANK_PATH]: html(BLANK_PAGE),
  } });
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const swThrottle = await serviceWorkerThrottle(port);
  let warm = null;
  const harness = {
    dist,
    baseUrl: server.url,
    browser,
    server,
    /** Network conditions for service workers started from now on (null: none). */
    throttleServiceWorkers: (c) => swThrottle.set(c),
    /**
     * A fresh profile (nothing cached). `warm`: first visit the home page and wait until the
     * service worker controls it, as a returning user's tablet is. `serviceWorkers: 'block'`
     * measures the network path only.
     */
    async context({ warm = false, serviceWorkers = 'allow', viewport = { width: 800, height: 1000 } } = {}) {
      const ctx = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', serviceWorkers, viewport });
      await ctx.addInitScript({ content: PROBE });
      if (warm) {
        const p = await ctx.newPage();
        await p.goto('/');
        await p.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 120_000 });
        // Every precached file is in the cache once the worker controls the page.
        await p.close();
      }
      return ctx;
    },
    /** One warm profile shared by the rows of a run (a returning user's tablet); `reset` starts a new one. */
    async warm({ reset = false } = {}) {
      if (reset && warm) { const w = warm; warm = null; await (await w).close(); }
      warm ??= harness.context({ warm: true });
      return warm;
    },
    async close() { swThrottle.close(); await browser.close(); await server.close(); },
  };
  return harness;
}

/** A new page of `ctx` with its CDP session, CPU throttled `rate`× (1 = off). */
export async function throttledPage(ctx, rate = 4) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page, cdp, setRate: (r) => cdp.send('Emulation.setCPUThrottlingRate', { rate: r }) };
}

/** Wait until the network has been quiet and then `ms` more (the user reading the page). */
export async function settle(page, ms = 1000) {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(ms);
}

/** The value a `holds` spec reads, now. */
export const valueOf = (page, spec) => page.evaluate((s) => window.__perf.value(s), spec);

/**
 * Run `act` (real input through CDP) and measure from the trusted `eventType` event it causes
 * to the end of the first frame in which `until` (a probe.js `holds` spec) is true: `ms`, and
 * `frames`, how many frames began from that event to the result (1: the very next frame).
 */
export async function inputToFrame(page, { eventType, until, act, timeoutMs = 15_000 }) {
  const since = await page.evaluate(([s, t, e]) => window.__perf.arm(s, t, e), [until, timeoutMs, eventType]);
  await act();
  const { painted, frames } = await page.evaluate(() => window.__perf.wait());
  const input = await page.evaluate(([type, s]) => window.__perf.firstInputAfter(type, s), [eventType, since]);
  if (input == null) throw new Error(`perf: no trusted ${eventType} event reached the page`);
  return { ms: painted - input, frames };
}

/** inputToFrame's time alone (ms). */
export const inputToPaint = async (page, spec) => (await inputToFrame(page, spec)).ms;

/** The fixed reference loop in `page`, `n` times (ms each). */
export async function reference(page, n = 5) {
  const out = [];
  for (let i = 0; i < n; i++) out.push((await page.evaluate(() => window.__perf.reference())).ms);
  return out;
}
