// Shared helpers for the library tests: the committed documents and their raw sources.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILES, type Profile } from '../../../src/lib/text-import/profiles.ts';
import { TextDocSchema, type TextDoc } from '../../../src/lib/text-import/schema.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = process.env.OUT_DIR ?? join(ROOT, 'dist');

export function rawSource(p: Profile): string {
  return readFileSync(join(ROOT, 'src/content/sources', p.file), 'utf8');
}

export function committedJson(docId: string): string {
  return readFileSync(join(ROOT, 'src/content/texts', `${docId}.json`), 'utf8');
}

export function loadDoc(docId: string): TextDoc {
  return TextDocSchema.parse(JSON.parse(committedJson(docId)));
}

export const DOCS = PROFILES.map((p) => ({ profile: p, docId: p.meta.docId }));

/** JSON files under a folder, recursively. */
export function jsonFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return []; }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(jsonFiles(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out;
}

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Whether OUT_DIR holds a build of the current sources: the tests that read the built pages
 * skip without one when vitest runs alone (a stale dist/ from before someone else's change would
 * only report that change as a failure here). Under `npm test` and CI, which build first
 * (REQUIRE_BUILD), a missing or stale build is an error, never a silent skip.
 */
export function builtFromCurrentSources(page = join('van-ban', 'qd-124-2023', 'index.html')): boolean {
  const file = join(DIST, page);
  const current = existsSync(file) && statSync(file).mtimeMs >= newest(join(ROOT, 'src'));
  if (!current && process.env.REQUIRE_BUILD) throw new Error(`${file} is missing or older than src/, though the tests were run after a build (REQUIRE_BUILD)`);
  return current;
}
