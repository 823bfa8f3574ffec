// The law beside the rules: every clause the rules engine cites shows its rules on its page,
// read from the engine (never typed again), and the example case offered for a rule really
// triggers that rule when the engine rates it. The page checks need a build in OUT_DIR.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorId, isPublished } from '../../../src/lib/citation-link.ts';
import { exampleCase, exampleLink } from '../../../src/lib/reader/rule-example.ts';
import { citedClauses, rulesCiting } from '../../../src/lib/reader/rules-beside.ts';
import { evaluate, parseCase } from '../../../src/rules/index.ts';
import { DIST, builtFromCurrentSources } from './support.ts';

const clauses = citedClauses();
const calcKinds = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'];

describe('rules beside the clauses they implement', () => {
  it('cover every clause the engine cites, in published texts and in the documents known by facts', () => {
    expect(clauses.length).toBeGreaterThan(60);
    const docs = new Set(clauses.map((c) => c.doc));
    for (const d of ['qd-124-2023', 'kh-sao-do-2023', 'kh-tuy-phuoc-2021', 'kh-hong-quang-2025', 'kh-tinh-uy-2022', 'qd-366-2025']) expect(docs.has(d), d).toBe(true);
    for (const c of clauses) expect(rulesCiting(c).length, `${c.doc} ${c.path.join('.')}`).toBeGreaterThan(0);
  });

  it('say what the engine holds: role, rating, words, parameter values, rulesets', () => {
    const d = rulesCiting({ doc: 'qd-124-2023', path: ['12', '4', '4.3', 'd'] });
    expect(d[0]).toMatchObject({ id: 'q124.cn.khtnv.ky-luat', role: 'truong-hop-khtnv', level: 'KHTNV', primary: true, rulesets: ['qd124-2023', 'sao-do-2023'] });
    expect(d[0]!.words).toContain('Bị xử lý kỷ luật trong năm đánh giá');
    expect(d.find((u) => u.role === 'ngoai-le')?.overrides).toBe('q124.cn.khtnv.ky-luat');
    const b = rulesCiting({ doc: 'qd-124-2023', path: ['12', '4', '4.3', 'b'] });
    expect(b.flatMap((u) => u.params.map((p) => `${p.label}: ${p.value}`))).toContain('Tỉ lệ tiêu chí không hoàn thành dẫn tới Không hoàn thành nhiệm vụ: 50 %');
    const sick = rulesCiting({ doc: 'kh-sao-do-2023', path: ['II', 'B', '5'] });
    expect(sick.some((u) => u.rulesets.includes('sao-do-2023'))).toBe(true);
  });

  it('offer an example case for nearly every rule, and each example triggers its rule in the engine', () => {
    let rules = 0;
    let found = 0;
    const seen = new Set<string>();
    for (const c of clauses) for (const u of rulesCiting(c)) {
      if (u.role === 'tham-so' || u.role === 'chi-tieu') continue;
      const kind = u.kinds.find((k) => calcKinds.includes(k));
      const rs = u.rulesets[0]!;
      if (!kind || seen.has(`${u.id}|${rs}|${kind}`)) continue;
      seen.add(`${u.id}|${rs}|${kind}`);
      rules += 1;
      const e = exampleCase(rs, kind, u.id);
      if (!e) continue;
      found += 1;
      expect(exampleLink(e)).toMatch(new RegExp(`^/tinh-xep-loai/${kind}/#ho-so=%7B`));
      const parsed = parseCase(e.case);
      expect(parsed.ok, u.id).toBe(true);
      const ev = evaluate((parsed as { ok: true; value: Parameters<typeof evaluate>[0] }).value);
      // What the calculator shows for this case: the procedure item, the overridden condition, the
      // situation that applies (a "note" situation stays met: its words say it applies), or the
      // condition not met / ceiling that binds.
      const result = ev.conditions.find((r) => r.id === u.id);
      const shown = u.role === 'thu-tuc'
        ? ev.procedure.some((p) => p.id === u.id)
        : u.role === 'ngoai-le'
          ? ev.conditions.some((r) => r.overriddenBy?.includes(u.id))
          : u.role === 'tinh-huong'
            ? !!result && (!result.met || !/^không (thuộc trường hợp này|áp dụng)/.test(result.actual))
            : (!!result && !result.met) || ev.decision.ruleIds.includes(u.id);
      expect(shown, `${u.id} (${rs}, ${kind}): ${JSON.stringify(e.case.subject)}`).toBe(true);
    }
    expect(rules).toBeGreaterThan(250);
    expect(found / rules).toBeGreaterThan(0.97);
  });
});

describe.skipIf(!builtFromCurrentSources())('on the pages (needs a build in OUT_DIR)', () => {
  const pages = new Map<string, string>();
  const page = (doc: string) => pages.get(doc) ?? pages.set(doc, readFileSync(join(DIST, 'van-ban', doc, 'index.html'), 'utf8')).get(doc)!;

  it('every clause the engine cites is marked with the number of its rules', () => {
    for (const c of clauses) {
      const n = rulesCiting(c).length;
      const html = page(c.doc);
      if (!c.path.length) { expect(html, c.doc).toMatch(new RegExp(`class="facts-intro"[^>]*data-rules="${n}"`)); continue; }
      const id = anchorId(c.path);
      const marked = isPublished(c.doc)
        ? new RegExp(`<div class="unit[^"]*"[^>]* data-rules="${n}"><div class="unit-row"><h[2-6] id="${id}"`)
        : new RegExp(`data-rules="${n}"><h2 id="${id}"`);
      expect(html, `${c.doc} ${id}`).toMatch(marked);
    }
  });
});
