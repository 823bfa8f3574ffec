// Shared end-to-end harness: one production build of dist/, the project's own static server,
// and Debian's Chromium driven by playwright-core. Every request the browser makes is recorded
// so a test can assert that nothing leaves the origin.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync',
  // Resolve every non-loopback name to NOTFOUND so Chromium's own background lookups never leave the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** Paths the static server received, in order. */
  serverRequests: string[];
  /** Every URL any page of any context requested (for the "no third-party request" check). */
  browserRequests: string[];
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export const DIST = process.env.OUT_DIR ?? 'dist';

export function ensureBuild(): void {
  if (process.env.E2E_SKIP_BUILD && existsSync(`${DIST}/index.html`)) return;
  execSync('npm run build', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

export async function startHarness(): Promise<Harness> {
  ensureBuild();
  const server = await serve(DIST, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
  });
  const browserRequests: string[] = [];
  return {
    baseUrl: server.url,
    browser,
    serverRequests: server.requests,
    browserRequests,
    async newContext() {
      const context = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
      context.on('request', (r) => browserRequests.push(r.url()));
      return context;
    },
    async close() { await browser.close(); await server.close(); },
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Injects axe-core and returns its WCAG 2.1 A/AA violations as "rule: selectors" lines.
 * The pages' CSP forbids injected scripts: callers enable `Page.setBypassCSP` and reload first.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  await page.waitForFunction(() => 'axe' in window);
  return page.evaluate(async () => {
    type Axe = { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const r = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * A fresh browser profile whose service worker already controls the origin, so tests of a
 * feature start from the state a returning user is in.
 */
export async function newWarmContext(h: Harness, options: { userAgent?: string } = {}): Promise<BrowserContext> {
  const context = options.userAgent
    ? await h.browser.newContext({ baseURL: h.baseUrl, locale: 'vi-VN', userAgent: options.userAgent })
    : await h.newContext();
  const warm = await context.newPage();
  await warm.goto('/');
  await warm.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 20_000 });
  await warm.close();
  return context;
}

/** Press Tab until the focused element matches `selector` (keyboard-only tests); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
