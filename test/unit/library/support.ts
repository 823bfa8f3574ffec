// Shared helpers for the library tests: the committed documents and their raw sources.
import { readFileSync, readdirSync } from 'node:fs';
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
