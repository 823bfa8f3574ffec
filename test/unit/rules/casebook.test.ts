// Runs every case file of test/casebook (the shared examples and our own) through the engine
// and checks the expectations with FORMAT.md semantics: a citation matches when the output
// holds one of the same document whose path starts with the expected path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase, rate } from '../../../src/rules/index.ts';
import type { RateLine } from '../../../src/rules/index.ts';

const ROOT = join(__dirname, '../../casebook');

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.json') ? [join(dir, n)] : []));
}

interface Ref { doc: string; path: string[] }
interface Loaded { file: string; raw: Record<string, unknown> & { id: string; expect?: Record<string, unknown> } }

const loaded: Loaded[] = files(ROOT).flatMap((file) => {
  const data = JSON.parse(readFileSync(file, 'utf8').normalize('NFC'));
  return (Array.isArray(data) ? data : [data]).map((raw) => ({ file: relative(ROOT, file), raw }));
});

/** FORMAT.md: same doc, and the output path starts with the expected path. */
export const citationMatches = (got: readonly Ref[], want: Ref) => got.some((g) => g.doc === want.doc && want.path.every((seg, i) => g.path[i] === seg));

describe('case book', () => {
  it('holds the shared examples and at least 80 more cases', () => {
    const shared = loaded.filter((l) => !l.file.includes('/'));
    expect(shared.length).toBeGreaterThanOrEqual(18);
    expect(loaded.length - shared.length).toBeGreaterThanOrEqual(80);
  });

  it('has unique ids, and each own case file is named after its id', () => {
    const ids = loaded.map((l) => l.raw.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of loaded) if (l.file.includes('/')) expect(l.file).toBe(`${l.raw.id}.json`);
  });

  it('covers every ruleset and every subject kind', () => {
    const seen = new Set(loaded.map((l) => `${l.raw.ruleset}|${(l.raw.subject as { kind: string }).kind}`));
    for (const r of ['qd124-2023', 'sao-do-2023', 'tuy-phuoc-2021', 'hong-quang-2025'])
      for (const k of ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao', 'nhom-tuong-dong']) expect(seen.has(`${r}|${k}`), `${r} × ${k}`).toBe(true);
  });

  for (const { file, raw } of loaded) {
    it(`${raw.id} (${file})`, () => {
      const parsed = parseCase(raw);
      if (!parsed.ok) throw new Error(parsed.error);
      const e = (raw.expect ?? {}) as { rating?: string; reviewed?: boolean; citations?: Ref[]; citationsAnyOf?: Ref[]; maxHtxsnv?: number; withinQuota?: boolean };
      expect(Object.keys(e).length, 'a case must expect something').toBeGreaterThan(0);
      const line = rate(raw) as Exclude<RateLine, { error: string }>;
      expect('error' in line ? (line as { error: string }).error : null).toBeNull();
      if (e.rating !== undefined) expect(line.rating).toBe(e.rating);
      if (e.reviewed !== undefined) expect(line.reviewed).toBe(e.reviewed);
      for (const c of e.citations ?? []) expect(citationMatches(line.citations, c), `missing ${c.doc} ${c.path.join('.')}; got ${line.citations.map((x) => `${x.doc} ${x.path.join('.')}`).join(', ')}`).toBe(true);
      if (e.citationsAnyOf) expect(e.citationsAnyOf.some((c) => citationMatches(line.citations, c)), `none of ${JSON.stringify(e.citationsAnyOf)}; got ${line.citations.map((x) => `${x.doc} ${x.path.join('.')}`).join(', ')}`).toBe(true);
      if (e.maxHtxsnv !== undefined) expect(line.maxHtxsnv).toBe(e.maxHtxsnv);
      if (e.withinQuota !== undefined) expect(line.withinQuota).toBe(e.withinQuota);
      // Every output citation carries a label, and a reader link exactly when the text is published.
      for (const c of line.citations) {
        expect(c.label.length).toBeGreaterThan(5);
        expect(c.url === null).toBe(['qd-366-2025', 'hd-43-2025', 'qd-132-2018', 'hd-21-2019'].includes(c.doc));
      }
    });
  }
});

describe('citation matching semantics', () => {
  const got = [{ doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a'] }];
  it('matches a prefix of the same document', () => {
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2'] })).toBe(true);
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a'] })).toBe(true);
  });
  it('does not match another document, a sibling or a deeper path', () => {
    expect(citationMatches(got, { doc: 'qd-124-2023', path: ['II'] })).toBe(false);
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'b'] })).toBe(false);
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a', '1'] })).toBe(false);
  });
});
