// The criteria the calculator names are the texts' own: each one's words are the words of the
// heading (or item) it cites in the library, and every list the form shows has both groups the
// bands speak of.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CRITERIA, criteriaFor, criterionLabel } from '../../../src/rules/criteria.ts';
import { isPublished } from '../../../src/lib/citation-link.ts';
import { CALC_KINDS } from '../../../src/lib/calculator/labels.ts';

interface Node { kind: string; path?: string[] | null; text?: string; title?: string; content?: Node[] }
const docs = new Map<string, Node[]>();
const body = (doc: string) => {
  let b = docs.get(doc);
  if (!b) { b = (JSON.parse(readFileSync(`src/content/texts/${doc}.json`, 'utf8')) as { body: Node[] }).body; docs.set(doc, b); }
  return b;
};
function unitAt(nodes: Node[], path: readonly string[]): Node | null {
  for (const n of nodes) {
    if (n.kind !== 'unit') continue;
    if (JSON.stringify(n.path ?? []) === JSON.stringify(path)) return n;
    const r = unitAt(n.content ?? [], path);
    if (r) return r;
  }
  return null;
}

const all = Object.entries(CRITERIA).flatMap(([rs, kinds]) => Object.entries(kinds).flatMap(([kind, l]) => l.criteria.map((c) => ({ rs, kind, c }))));

describe('criteria named by the texts', () => {
  it.each(all.map((x) => [`${x.rs}/${x.kind}/${x.c.id}`, x.c] as const))('%s: the words are the cited text', (_n, c) => {
    if (!isPublished(c.cite.doc)) { expect(c.cite.doc).toBe('hd-21-2019'); return; }
    const unit = unitAt(body(c.cite.doc), c.cite.path);
    expect(unit, `${c.cite.doc} ${c.cite.path.join('.')}`).not.toBeNull();
    // A heading's words are its title, or (a heading that is a whole sentence) its first paragraph.
    const own = (unit!.content ?? []).filter((n) => n.kind !== 'unit');
    const text = c.item ? own.filter((n) => n.kind === 'item')[c.item - 1]?.text : unit!.title || unit!.text || own[0]?.text;
    expect(text).toBe(c.words);
  });

  it('every ruleset that rates by levels names both groups for every kind, ids unique within a list', () => {
    for (const [rs, kinds] of Object.entries(CRITERIA)) {
      for (const kind of CALC_KINDS) {
        const l = criteriaFor(rs, kind)!;
        expect(l.criteria.filter((c) => c.group === 'results' && !c.optional).length, `${rs}/${kind}`).toBeGreaterThan(0);
        expect(l.criteria.filter((c) => c.group === 'other' && !c.optional).length, `${rs}/${kind}`).toBeGreaterThan(0);
        expect(new Set(l.criteria.map((c) => c.id)).size).toBe(l.criteria.length);
      }
      expect(Object.keys(kinds).sort()).toEqual([...CALC_KINDS].sort());
    }
    expect(criteriaFor('hong-quang-2025', 'dang-vien')).toBeNull();
  });

  it('labels are the words, shortened at a clause boundary', () => {
    expect(criterionLabel('Về kết quả thực hiện chức trách, nhiệm vụ được giao')).toBe('Kết quả thực hiện chức trách, nhiệm vụ được giao');
    expect(criterionLabel('Các tiêu chí về kết quả thực hiện nhiệm vụ được giao trong năm, gồm:')).toBe('Kết quả thực hiện nhiệm vụ được giao trong năm');
    const long = criterionLabel(CRITERIA['qd124-2023']!['dang-vien'].criteria[0]!.words);
    expect(long.length).toBeLessThanOrEqual(112);
    expect(long.endsWith(' …')).toBe(true);
    expect(long.startsWith('Chính trị tư tưởng; phẩm chất đạo đức, lối sống')).toBe(true);
  });
});
