// The review calendar is data with citations: every step quotes words that stand under the
// clause it cites (in the library's own text of that document), every deadline is a date the
// quoted words state, and a ruleset only ever gets its own plan's calendar.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { TIMELINES, daysLeft, timelineFor } from '../../../src/rules/timeline/index.ts';
import { squash } from './source-text.ts';

interface Node { path?: string[]; text?: string; content?: Node[] }
const texts = new Map<string, Node[]>();
function body(doc: string): Node[] {
  let b = texts.get(doc);
  if (!b) { b = JSON.parse(readFileSync(new URL(`../../../src/content/texts/${doc}.json`, import.meta.url), 'utf8')).body as Node[]; texts.set(doc, b); }
  return b;
}
/** All the text under the clause at `path` (its heading and every block below it). */
function clauseText(doc: string, path: readonly string[]): string | null {
  const find = (nodes: Node[]): Node | null => {
    for (const n of nodes) {
      if (n.path && n.path.join('/') === path.join('/')) return n;
      const hit = find(n.content ?? []);
      if (hit) return hit;
    }
    return null;
  };
  const n = find(body(doc));
  if (!n) return null;
  const all: string[] = [];
  const walk = (m: Node) => { if (m.text) all.push(m.text); (m.content ?? []).forEach(walk); };
  walk(n);
  return squash(all.join(' '));
}

describe('timelines', () => {
  for (const [rulesetId, t] of Object.entries(TIMELINES)) {
    it(`${rulesetId}: every step quotes its clause of ${t.doc}, and its deadline is the one the words state`, () => {
      expect(t.steps.length).toBeGreaterThan(0);
      expect(new Set(t.steps.map((s) => s.id)).size).toBe(t.steps.length);
      for (const s of t.steps) {
        expect(s.cite.doc, s.id).toBe(t.doc); // only the plan's own clauses
        const under = clauseText(s.cite.doc, s.cite.path);
        expect(under, `${s.id}: ${s.cite.path.join('.')} exists`).not.toBeNull();
        for (const frag of s.words.split('…').map((x) => squash(x)).filter(Boolean)) expect(under, `${s.id} quotes its clause`).toContain(frag);
        if (s.before) {
          const [y, m, d] = s.before.split('-').map(Number);
          // "trước ngày 10/12/2025", "trước 06 tháng 12 năm 2023", "trước ngày 20 tháng 12 cùng năm", "trước ngày 31/12".
          const stated = [`${d}/${m}/${y}`, `${String(d).padStart(2, '0')}/${m}/${y}`, `${String(d).padStart(2, '0')} tháng ${m} năm ${y}`, `${d} tháng ${m}`, `${d}/${m}`];
          expect(stated.some((x) => s.words.includes(x)), `${s.id}: ${s.before} in “${s.words}”`).toBe(true);
          expect(s.when && s.words.includes(s.when.replace(/^hoàn thành /, '')), `${s.id}: “${s.when}” is the plan's phrase`).toBeTruthy();
        }
      }
    });
  }
  it('a ruleset without a calendar in the library says so, and never borrows another plan', () => {
    const t = timelineFor('qd366-2025');
    expect(t.steps).toEqual([]);
    expect(t.silence).toMatch(/chưa có trong thư viện/);
    expect(timelineFor('sao-do-2023').doc).toBe('kh-sao-do-2023');
    expect(timelineFor('hong-quang-2025').steps.map((s) => s.before).filter(Boolean)).toEqual(['2025-11-30', '2025-12-10', '2025-12-10', '2025-12-31']);
  });
  it('days left count to the deadline day (which is already late)', () => {
    expect(daysLeft('2025-12-10', '2025-12-01')).toBe(9);
    expect(daysLeft('2025-12-10', '2025-12-10')).toBe(0);
    expect(daysLeft('2025-12-10', '2025-12-12')).toBe(-2);
  });
});
