// Export/import of drafts: all or nothing, reasons in Vietnamese, duplicates never overwritten
// without a choice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/lib/calculator/case-draft.ts';
import { makeDraft } from '../../../src/lib/drafts/store.ts';
import { exportDrafts, parseImport, planImport, recordsToWrite, EXPORT_FORMAT } from '../../../src/lib/drafts/transfer.ts';
import type { DraftRecord } from '../../../src/lib/drafts/schema.ts';

const subject = { kind: 'to-chuc-dang', orgType: 'chi-bo', criteria: { keyResults: ['tot'], other: ['tot'] } };
const draft = (id: string, name: string, updatedAt = 1_700_000_000_000): DraftRecord =>
  ({ ...makeDraft({ id, type: 'case', name, data: { evaluationDate: '2023-12-05', locality: '', ruleset: 'qd124-2023', subject }, summary: { rating: 'HTTNV', text: 'Hoàn thành tốt nhiệm vụ' } }, updatedAt) });

describe('export and import', () => {
  it('round-trips every draft', () => {
    const list = [draft('a', 'Chi bộ 1'), draft('b', 'Chi bộ 2')];
    const p = parseImport(exportDrafts(list));
    expect(p).toEqual({ ok: true, value: list });
  });
  it('rejects damaged or foreign files with the reason', () => {
    const good = exportDrafts([draft('a', 'Chi bộ 1'), draft('b', 'Chi bộ 2')]);
    expect(parseImport(good.slice(0, good.length / 2))).toEqual({ ok: false, error: expect.stringContaining('không phải JSON hợp lệ') });
    expect(parseImport('{"hello": 1}')).toEqual({ ok: false, error: expect.stringContaining('không phải tệp bản nháp') });
    expect(parseImport(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 2, drafts: 'x' }))).toEqual({ ok: false, error: expect.stringContaining('bị hỏng') });
    expect(parseImport(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 9, drafts: [] }))).toEqual({ ok: false, error: expect.stringContaining('phiên bản mới hơn') });
    const oneBad = JSON.parse(good);
    oneBad.drafts[1].data.subject.criteria.keyResults = 5;
    expect(parseImport(JSON.stringify(oneBad))).toEqual({ ok: false, error: expect.stringMatching(/bản nháp thứ 2 “Chi bộ 2”.*keyResults/) });
    const dup = JSON.parse(good);
    dup.drafts[1].id = 'a';
    expect(parseImport(JSON.stringify(dup))).toEqual({ ok: false, error: expect.stringContaining('xuất hiện hai lần') });
  });
  it('accepts an export written by the version-1 layout (migrated)', () => {
    const v1 = { id: 'old', name: 'Bản cũ', type: 'case', updatedAt: 5, data: { evaluationDate: '2023-12-05', ruleset: 'qd124-2023', subject } };
    const p = parseImport(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, drafts: [v1] }));
    expect(p.ok && p.value[0]).toMatchObject({ id: 'old', schemaVersion: 2, createdAt: 5, rulesetId: 'qd124-2023' });
  });
  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseImport(s).ok === 'boolean'), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), (v) => typeof parseImport(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 2, drafts: [v] })).ok === 'boolean'), { numRuns: 300 });
  });
});

describe('planning an import', () => {
  const local = [draft('a', 'A'), draft('b', 'B')];
  it('sorts incoming drafts into new, identical and conflicting', () => {
    const plan = planImport(local, [draft('a', 'A'), draft('b', 'B sửa', 1_800_000_000_000), draft('c', 'C')]);
    expect(plan.fresh.map((d) => d.id)).toEqual(['c']);
    expect(plan.identical.map((d) => d.id)).toEqual(['a']);
    expect(plan.conflicts.map((c) => [c.local.name, c.incoming.name])).toEqual([['B', 'B sửa']]);
  });
  it('needs a choice for conflicts; keep-both adds a renamed copy, replace overwrites', () => {
    const plan = planImport(local, [draft('b', 'B sửa', 1_800_000_000_000)]);
    expect(() => recordsToWrite(plan, null)).toThrow();
    const both = recordsToWrite(plan, 'keep-both');
    expect(both).toHaveLength(1);
    expect(both[0]!.id).not.toBe('b');
    expect(both[0]!.name).toBe('B sửa (bản nhập)');
    expect(recordsToWrite(plan, 'replace')).toEqual([plan.conflicts[0]!.incoming]);
  });
  it('never reuses the id of a damaged local record', () => {
    const plan = planImport(local, [draft('hong', 'Từ tệp')], new Set(['hong']));
    expect(plan.fresh).toHaveLength(1);
    expect(plan.fresh[0]!.id).not.toBe('hong');
  });
});
