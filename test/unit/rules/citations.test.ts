// Every clause the engine cites in a published document exists in that document, under the
// same path the reader gives it an anchor for (src/content/texts/<doc>.json, built from the
// seed texts); unpublished documents are cited only with the paths regimes.md allows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactPath, DOCS, shortCitation } from '../../../src/rules/docs.ts';
import { RULESETS } from '../../../src/rules/index.ts';
import { compiled } from '../../../src/rules/rulesets.ts';
import type { CitationRef } from '../../../src/rules/docs.ts';

const TEXTS = join(__dirname, '../../../src/content/texts');

function pathsOf(doc: string): Set<string> {
  const data = JSON.parse(readFileSync(join(TEXTS, `${doc}.json`), 'utf8'));
  const out = new Set<string>();
  const walk = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const n of nodes as { kind?: string; path?: string[]; content?: unknown }[]) {
      if (n.kind === 'unit' && n.path) out.add(n.path.join('|'));
      walk(n.content);
    }
  };
  walk(data.body);
  return out;
}

/** Every citation a ruleset can output: rules, exceptions, quota clauses. */
function allCitations(): { where: string; c: CitationRef }[] {
  const out: { where: string; c: CitationRef }[] = [];
  for (const meta of RULESETS) {
    const rs = compiled(meta.id);
    for (const rules of Object.values(rs.byKind)) {
      for (const r of [...rules.conditions, ...rules.caps, ...rules.situations, ...rules.procedures]) {
        for (const c of r.cite) out.push({ where: `${meta.id} ${r.id}`, c });
        for (const e of ('exceptions' in r ? r.exceptions ?? [] : [])) for (const c of e.cite) out.push({ where: `${meta.id} ${e.id}`, c });
      }
    }
    for (const [type, q] of [['', rs.quota], ...Object.entries(rs.quota.byGroupType ?? {})] as const) {
      for (const c of q!.cite) out.push({ where: `${meta.id} quota ${type}`, c });
      for (const c of q!.small?.cite ?? []) out.push({ where: `${meta.id} quota ${type} (nhóm nhỏ)`, c });
    }
    for (const p of rs.params.values()) out.push({ where: `${meta.id} param ${p.id}`, c: p.cite });
  }
  return out;
}

describe('cited clauses exist', () => {
  const published = Object.values(DOCS).filter((d) => d.published).map((d) => d.id);
  it('the published texts are available to check against', () => {
    for (const d of published) expect(existsSync(join(TEXTS, `${d}.json`)), d).toBe(true);
  });
  it('every published citation names a numbered heading of its document', () => {
    const cache = new Map<string, Set<string>>();
    const missing: string[] = [];
    for (const { where, c } of allCitations()) {
      if (!published.includes(c.doc as never)) continue;
      if (!cache.has(c.doc)) cache.set(c.doc, pathsOf(c.doc));
      if (!cache.get(c.doc)!.has(c.path.join('|'))) missing.push(`${where}: ${c.doc} ${c.path.join('.')}`);
    }
    expect(missing).toEqual([]);
  });
  it('unpublished documents are cited only as regimes.md allows (366 by article; guidance as a whole)', () => {
    for (const { where, c } of allCitations()) {
      if (c.doc === 'qd-366-2025') expect(['11', '5', '12'], where).toContain(c.path.join('.'));
      if (c.doc === 'hd-21-2019' || c.doc === 'hd-43-2025' || c.doc === 'qd-132-2018') expect(c.path, where).toEqual([]);
      expect(Object.keys(DOCS), where).toContain(c.doc);
    }
  });
});

describe('citation wording', () => {
  it('compacts heading chains as people write them', () => {
    expect(compactPath(['II', 'B', '1', '1.3', 'b'])).toBe('II.B.1.3.b');
    expect(compactPath(['III', '3', '3.4'])).toBe('III.3.4');
    expect(compactPath(['II', 'B', '5'])).toBe('II.B.5');
  });
  it('reads Quy định paths innermost first', () => {
    expect(shortCitation({ doc: 'qd-124-2023', path: ['12', '4', '4.3', 'd'] })).toBe('tiết d điểm 4.3 khoản 4 Điều 12 Quy định 124');
    expect(shortCitation({ doc: 'qd-366-2025', path: ['11'] })).toBe('Điều 11 Quy định 366');
    expect(shortCitation({ doc: 'kh-sao-do-2023', path: ['II', 'B', '1', '1.3', 'b'] })).toBe('Kế hoạch Sao Đỏ II.B.1.3.b');
  });
});
