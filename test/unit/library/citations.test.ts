// Every citation the case book (and the rules) can produce must land on a heading of the reader:
// the path resolves to a numbered unit of that document, whose id is anchorId(path).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorId, isPublished, readerUrl, type Citation } from '../../../src/lib/citation-link.ts';
import { walkUnits } from '../../../src/lib/text-import/plain-text.ts';
import { DIST, jsonFiles, loadDoc, ROOT, builtFromCurrentSources } from './support.ts';

/** Every {doc, path} object anywhere in a case file (expect.citations, citationsAnyOf, …). */
function citationsIn(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) for (const v of value) citationsIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.doc === 'string' && Array.isArray(o.path)) out.push({ doc: o.doc, path: o.path as string[] });
    for (const v of Object.values(o)) citationsIn(v, out);
  }
  return out;
}

const files = [
  ...jsonFiles(join(import.meta.dirname, 'fixtures', 'casebook')), // the case-book examples (shared/casebook/cases)
  ...jsonFiles(join(ROOT, 'test', 'casebook')), // any case files the project adds
];
const citations = files.flatMap((f) => citationsIn(JSON.parse(readFileSync(f, 'utf8'))).map((c) => ({ ...c, file: f.slice(ROOT.length + 1) })));
const published = citations.filter((c) => isPublished(c.doc));

describe('case-book citations resolve to reader headings', () => {
  it('finds the citations of all four example files', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(new Set(published.map((c) => c.doc))).toEqual(new Set(['qd-124-2023', 'kh-sao-do-2023', 'kh-tuy-phuoc-2021', 'kh-hong-quang-2025', 'kh-tinh-uy-2022']));
  });

  it.each(published.map((c) => [`${c.doc} ${c.path.join('/')} (${c.file})`, c] as const))('%s', (_, c) => {
    const ids = new Map([...walkUnits(loadDoc(c.doc).body)].map((u) => [u.id, u.path]));
    expect(ids.get(anchorId(c.path)), `no heading ${anchorId(c.path)} in ${c.doc}`).toEqual(c.path);
    expect(readerUrl(c)).toBe(`/van-ban/${c.doc}/#${anchorId(c.path)}`);
  });

  it('cites unpublished documents without a reader link', () => {
    const others = citations.filter((c) => !isPublished(c.doc));
    expect(others.length).toBeGreaterThan(0);
    for (const c of others) expect(readerUrl(c)).toBeNull();
  });

  it.skipIf(!builtFromCurrentSources())('the built reader pages carry those ids (needs a build in OUT_DIR)', () => {
    for (const c of published) {
      const html = readFileSync(join(DIST, 'van-ban', c.doc, 'index.html'), 'utf8');
      expect(html, `${c.doc}#${anchorId(c.path)}`).toContain(` id="${anchorId(c.path)}"`);
    }
  });
});
