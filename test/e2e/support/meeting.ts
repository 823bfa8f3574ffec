// Helpers of the meeting tools' end-to-end tests: open a screen as a returning user finds it,
// read the Word file a click downloads, run axe-core. Drafts straight from IndexedDB: drafts.ts.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations } from './browser';

/**
 * Open a meeting screen and wait until its island has loaded its draft, and until the service
 * worker is active (so its first activation never lands in the middle of a test step).
 */
const installed = new WeakSet<object>();
export async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.mt[data-ready="true"]').waitFor();
  await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
  // First visit of a browser profile: the app says "ready for offline use" once; close it as a user would.
  if (!installed.has(page.context())) {
    installed.add(page.context());
    const notice = page.locator('[data-pwa="ready"]');
    if (await notice.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) await notice.getByRole('button', { name: 'Đóng' }).click();
  }
}

/** The Word file a click produces, opened: its text as Word would show it. */
export async function docxText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = await dl.path();
  const files = unzipSync(new Uint8Array(readFileSync(path!)));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { name: dl.suggestedFilename(), text };
}

/**
 * axe-core from node_modules, injected as a script tag. The app's CSP (rightly) refuses inline
 * scripts, so the tag goes in through the DevTools protocol, which CSP does not govern: the
 * page under test keeps its real policy for everything else.
 */
export async function axe(page: Page, restore?: (page: Page) => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  // The bypass takes effect on the next load; drafts bring the screen back as it was.
  await page.reload();
  await page.locator('.mt').waitFor();
  await page.locator('.mt[data-ready="true"]').waitFor();
  if (restore) await restore(page);
  const res = await axeViolations(page);
  await cdp.send('Page.setBypassCSP', { enabled: false });
  return res;
}

/** The file a click downloads, as bytes, with the name the browser would save it under. */
export async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}
