// Shared end-to-end harness: one production build of dist/, the project's own static server,
// and Debian's Chromium driven by playwright-core. Every request the browser makes is recorded
// so a test can assert that nothing leaves the origin.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
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
