// "So sánh 132 → 124 → 366" is generated from the rules engine: a row for every topic, every
// parameter the rules read in it, and every cell linking to a clause that exists. The page
// checks need a build in OUT_DIR.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonRows, REGIMES } from '../../../src/lib/reader/comparison.ts';
import { paramValue, sampleDate } from '../../../src/lib/reader/rules-beside.ts';
import { compiled } from '../../../src/rules/rulesets.ts';
import { DIST, builtFromCurrentSources } from './support.ts';

const rows = comparisonRows();

describe('the comparison of the three regimes', () => {
  it('compares the central rulesets 132, 124, 366, oldest first', () => {
    expect(REGIMES.map((r) => r.id)).toEqual(['qd132-2018', 'qd124-2023', 'qd366-2025']);
  });

  it('names every row in Vietnamese and covers the topics the issue lists', () => {
    for (const r of rows) expect(r.label, r.key).not.toBe(r.topic);
    const labels = rows.map((r) => r.label);
    for (const t of ['Nghỉ ốm, nghỉ thai sản', 'Đảng viên mới kết nạp', 'Số Hoàn thành xuất sắc nhiệm vụ tối đa', 'Tỉ lệ nhiệm vụ hoàn thành vượt mức', 'Bị kỷ luật trong năm']) expect(labels).toContain(t);
  });

  it('has a row for each parameter the rules read, with its value in each regime that has it', () => {
    const shown = new Map<string, Set<string>>();
    for (const r of rows) for (const [rs, cell] of Object.entries(r.cells)) for (const c of cell) for (const v of c.params) (shown.get(rs) ?? shown.set(rs, new Set()).get(rs)!).add(`${r.key}=${v}`);
    for (const meta of REGIMES) {
      const rs = compiled(meta.id);
      const read = new Set<string>([rs.quota.shareParam]);
      for (const k of Object.values(rs.byKind)) for (const rule of [...k.conditions, ...k.caps, ...k.situations]) for (const p of rule.params ?? []) read.add(p);
      for (const id of read) {
        const value = paramValue(rs.params.get(id)!, sampleDate(meta));
        expect([...(shown.get(meta.id) ?? [])].some((s) => s.endsWith(`=${value}`)), `${meta.id} ${id} = ${value}`).toBe(true);
      }
    }
    // The parameters the regimes share sit in one row: the HTXSNV share of exceeded tasks, 50 % (124) and 30 % (366).
    const exceeded = rows.find((r) => r.key === 'htxsnv|nhiem-vu-vuot-muc')!;
    expect(exceeded.cells['qd124-2023']!.flatMap((c) => c.params)).toContain('50 %');
    expect(exceeded.cells['qd366-2025']!.flatMap((c) => c.params)).toContain('30 %');
    expect(rows.find((r) => r.key === 'chi-tieu|quota')!.cells['qd366-2025']!.flatMap((c) => c.params)).toEqual(['20 %', '25 %']);
  });
});

describe.skipIf(!builtFromCurrentSources(join('so-sanh', 'index.html')))('the comparison page (needs a build in OUT_DIR)', () => {
  // Read in the test, not in the suite's body: a skipped suite's body still runs when tests are collected.
  it('has one row per topic and every cell links to a clause that exists', () => {
    const html = readFileSync(join(DIST, 'so-sanh', 'index.html'), 'utf8');
    expect(html.match(/<tr data-row=/g)?.length).toBe(rows.length);
    const table = html.slice(html.indexOf('<table class="cmp"'), html.indexOf('</table>'));
    const links = [...table.matchAll(/<a href="(\/van-ban\/[^"#]+\/)(?:#([^"]+))?"/g)];
    expect(links.length).toBeGreaterThan(100);
    for (const [, page, id] of links) {
      const target = readFileSync(join(DIST, page!, 'index.html'), 'utf8');
      if (id) expect(target, `${page}#${id}`).toContain(` id="${id}"`);
    }
    // Every filled cell has a link; an empty one says so.
    for (const cell of table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)) expect(cell[1]!.includes('<a href=') || cell[1] === '—', cell[1]!.slice(0, 80)).toBe(true);
  });
});
