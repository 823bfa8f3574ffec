// The search check of shared/search/README.md, as the project runs it (test/e2e/search.e2e.test.ts):
// the query file format and its validation, how the results page is read, and the metric. The
// queries are copies kept in this folder (queries-public.json: the shared public set;
// queries-own.json: our own, other topics and other words), since ../shared is not on a user's
// machine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const DOCS = ['qd-124-2023', 'kh-sao-do-2023', 'kh-tuy-phuoc-2021', 'kh-hong-quang-2025', 'kh-tinh-uy-2022'];
const KEYS = new Set(['q', 'why', 'expect', 'k', 'expectMissing', 'expectNoResults']);

export interface Expected { doc: string; anchor: string }
export interface Query {
  n: number;
  q: string;
  k: number;
  expected: Expected[];
  missing?: string[];
  noResults: boolean;
}
export interface Link { href: string; doc: string | null; anchor: string }
export interface Shown { status: string; hits: number; links: Link[]; missing: string[] }

const nfc = (s: string) => s.normalize('NFC');
/** Heading id of a citation path (README, page contract 5). */
export const anchorOf = (p: readonly string[]) => (p.length ? `m-${p.map((s) => s.replace(/\./g, '_')).join('-')}`.toLowerCase() : '');

/** Reads and validates a query file; throws on anything the README calls invalid. */
export function loadQueries(file: string, dist: string): Query[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: not an array`);
  const ids = new Map<string, Set<string>>();
  const pageIds = (doc: string) => {
    if (!ids.has(doc)) {
      const f = join(dist, 'van-ban', doc, 'index.html');
      ids.set(doc, existsSync(f) ? new Set([...readFileSync(f, 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => nfc(m[1]!))) : new Set());
    }
    return ids.get(doc)!;
  };
  return data.map((raw: Record<string, unknown>, i) => {
    const bad = (msg: string) => { throw new Error(`${file} #${i + 1} («${String(raw?.q)}»): ${msg}`); };
    for (const key of Object.keys(raw)) if (!KEYS.has(key)) bad(`unknown field "${key}"`);
    const { q, k = 3, expect, expectMissing, expectNoResults } = raw as { q: string; k?: number; expect?: Array<{ doc: string; path?: string[]; anchor?: string }>; expectMissing?: string[]; expectNoResults?: boolean };
    if (typeof q !== 'string' || q.trim().length < 2 || q !== q.trim()) bad('"q" must be a trimmed string of at least 2 characters');
    if (!Number.isInteger(k) || k < 1) bad('"k" must be a positive integer');
    if ((expect !== undefined) === (expectMissing !== undefined || expectNoResults !== undefined)) bad('give either "expect", or "expectMissing" and/or "expectNoResults"');
    const expected = (expect ?? []).map((e) => {
      for (const key of Object.keys(e)) if (!['doc', 'path', 'anchor'].includes(key)) bad(`unknown field "${key}" in expect`);
      if (!DOCS.includes(e.doc)) bad(`unknown document ${e.doc}`);
      const anchor = nfc(e.anchor ?? anchorOf(e.path ?? []));
      if (anchor && !pageIds(e.doc).has(anchor)) bad(`#${anchor} is not an element id on /van-ban/${e.doc}/`);
      return { doc: e.doc, anchor };
    });
    return { n: i + 1, q, k, expected, missing: expectMissing?.map((w) => nfc(w.toLowerCase())), noResults: expectNoResults === true };
  });
}

/** Loads /tra-cuu/?q= afresh, waits for data-search-done, and reads the page as the contract says. */
export async function runQuery(page: Page, base: string, q: string, timeout = 20_000): Promise<Shown> {
  await page.goto(`${base}/tra-cuu/?q=${encodeURIComponent(q)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.querySelector('form[data-search-form="page"]')?.hasAttribute('data-search-done'), null, { timeout, polling: 50 });
  return readResults(page, base, q);
}

/** Types `q` into the /tra-cuu/ form already open in `page` and submits it, as a user searching
 * again does (the index stays loaded); same reading as runQuery. */
export async function submitQuery(page: Page, base: string, q: string, timeout = 20_000): Promise<Shown> {
  if (!new URL(page.url()).pathname.startsWith('/tra-cuu/')) await page.goto(`${base}/tra-cuu/`);
  // The same query twice in a row must still wait for its own search.
  await page.evaluate(() => { delete (document.querySelector('form[data-search-form="page"]') as HTMLFormElement).dataset.searchDone; });
  await page.locator('form[data-search-form="page"] input[name="q"]').fill(q);
  await page.locator('form[data-search-form="page"] input[name="q"]').press('Enter');
  await page.waitForFunction((x) => (document.querySelector('form[data-search-form="page"]') as HTMLFormElement | null)?.dataset.searchDone === x, q, { timeout, polling: 20 });
  return readResults(page, base, q);
}

async function readResults(page: Page, base: string, q: string): Promise<Shown> {
  const r = await page.evaluate(() => {
    const status = document.querySelector('#tra-cuu-ket-qua [data-search-status]')!;
    return {
      done: (document.querySelector('form[data-search-form="page"]') as HTMLFormElement).dataset.searchDone,
      status: (status.textContent ?? '').replace(/\s+/g, ' ').trim(),
      missingAttr: status.getAttribute('data-search-missing'),
      hits: document.querySelectorAll('#tra-cuu-ket-qua .search-hit').length,
      hrefs: [...document.querySelectorAll('#tra-cuu-ket-qua a.search-section')].map((a) => a.getAttribute('href') ?? ''),
    };
  });
  if (r.done !== q) throw new Error(`data-search-done is «${r.done}», not «${q}»`);
  const links = r.hrefs.map((href) => {
    const u = new URL(href, base);
    const doc = u.origin === base ? u.pathname.match(/^\/van-ban\/([^/]+)\/?$/)?.[1] : undefined;
    let anchor = u.hash.slice(1);
    try { anchor = decodeURIComponent(anchor); } catch { /* keep as written */ }
    return { href, doc: doc ? decodeURIComponent(doc) : null, anchor: nfc(anchor) };
  });
  const missing = (r.missingAttr !== null ? r.missingAttr.split(/\s+/).filter(Boolean) : [...r.status.matchAll(/«([^»]*)»/g)].map((m) => m[1]!))
    .map((w) => nfc(w.trim().toLowerCase()));
  return { status: r.status, hits: r.hits, links, missing };
}

const within = (l: Link, e: Expected) => l.doc === e.doc && (e.anchor === '' || l.anchor === e.anchor || l.anchor.startsWith(`${e.anchor}-`));

/** null when the query passes, else why it fails. */
export function judge(x: Query, r: Shown): string | null {
  if (x.expected.length) {
    const rank = r.links.findIndex((l) => x.expected.some((e) => within(l, e)));
    if (rank >= 0 && rank < x.k) return null;
    const top = r.links.slice(0, x.k).map((l) => (l.doc ? `${l.doc}#${l.anchor}` : l.href)).join(', ');
    return `expected ${x.expected.map((e) => `${e.doc}#${e.anchor}`).join(' | ')} in the first ${x.k}; got ${top || 'no links'}${rank >= 0 ? ` (first expected at rank ${rank + 1})` : ''}`;
  }
  const problems: string[] = [];
  const unnamed = (x.missing ?? []).filter((w) => !r.missing.includes(w));
  if (unnamed.length) problems.push(`status does not name ${unnamed.map((w) => `«${w}»`).join(', ')}: «${r.status}»`);
  if (x.noResults && (r.hits || r.links.length)) problems.push(`expected no results, got ${r.links.length} links`);
  return problems.length ? problems.join('; ') : null;
}
