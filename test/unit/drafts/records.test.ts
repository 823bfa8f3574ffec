// Stored draft records: migration from the version-1 layout, validation of the envelope and of the
// 'case' data, Vietnamese reasons that name the field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/lib/calculator/case-draft.ts';
import { migrateRecord, migrateV1toV2, recordVersion } from '../../../src/lib/drafts/migrations.ts';
import { parseDraftRecord, DRAFT_SCHEMA_VERSION } from '../../../src/lib/drafts/schema.ts';
import { makeDraft } from '../../../src/lib/drafts/store.ts';

const subject = { kind: 'dang-vien', criteria: { taskResults: ['tot'], other: ['tot'] }, tasks: { assigned: 10, completedOnTime: 9 } };
const caseDraft = (over: Record<string, unknown> = {}) => ({
  ...makeDraft({ type: 'case', name: 'Đồng chí A', data: { evaluationDate: '2023-12-05', locality: 'sao-do', ruleset: null, subject } }, 1_700_000_000_000),
  ...over,
});
const v1 = { id: 'abc', name: 'Cũ', type: 'case', updatedAt: 1_690_000_000_000, data: { evaluationDate: '2023-12-05', ruleset: 'sao-do-2023', subject } };

describe('migrations', () => {
  it('knows a version-1 record by its missing schemaVersion', () => {
    expect(recordVersion(v1)).toBe(1);
    expect(recordVersion(caseDraft())).toBe(DRAFT_SCHEMA_VERSION);
    expect(recordVersion('x')).toBeNull();
  });
  it('brings a version-1 case to version 2 (createdAt, rulesetId, summary, locality)', () => {
    const m = migrateV1toV2(v1) as Record<string, unknown>;
    expect(m).toMatchObject({ id: 'abc', name: 'Cũ', type: 'case', createdAt: v1.updatedAt, updatedAt: v1.updatedAt, rulesetId: 'sao-do-2023', summary: {}, schemaVersion: 2 });
    expect((m.data as Record<string, unknown>).locality).toBe('');
    const p = parseDraftRecord(v1);
    expect(p.ok).toBe(true);
  });
  it('leaves current records unchanged', () => {
    const d = caseDraft();
    expect(migrateRecord(d)).toBe(d);
  });
});

describe('parseDraftRecord', () => {
  it('accepts a calculator draft, including values the form flags (score 150, completed > assigned, half-typed count)', () => {
    expect(parseDraftRecord(caseDraft()).ok).toBe(true);
    const s2 = { ...subject, score: 150, lowConfidenceShare: 1.4, tasks: { assigned: 2, completedOnTime: 5, exceeded: 1.5 } };
    const p = parseDraftRecord(caseDraft({ data: { evaluationDate: '', locality: '', ruleset: 'hong-quang-2025', subject: s2 } }));
    expect(p.ok).toBe(true);
  });
  it('rejects structural damage with the field named, in Vietnamese', () => {
    const bad = (data: unknown) => parseDraftRecord(caseDraft({ data }));
    const r1 = bad({ evaluationDate: '2023-12-05', locality: '', ruleset: null, subject: { ...subject, criteria: { taskResults: 'tot' } } });
    expect(r1).toEqual({ ok: false, error: expect.stringContaining('data.subject.criteria.taskResults') });
    const r2 = bad({ evaluationDate: '2023-12-05', locality: '', ruleset: null, subject: { ...subject, bogus: 1 } });
    expect(r2.ok).toBe(false);
    const r3 = bad({ evaluationDate: '2023-12-05', locality: '', ruleset: 'nowhere-1999', subject });
    expect(r3).toEqual({ ok: false, error: expect.stringContaining('bộ quy tắc') });
    const r4 = bad({ evaluationDate: '2023-12-05', locality: '', ruleset: null, subject: { kind: 'nhom-tuong-dong', members: 3 } });
    expect(r4).toEqual({ ok: false, error: expect.stringContaining('loại đối tượng') });
    const r5 = bad({ evaluationDate: '2023-12-05', locality: '', ruleset: null, subject: { ...subject, criteria: { taskResults: ['gioi'] } } });
    expect(r5.ok).toBe(false);
  });
  it('rejects a damaged envelope, an unknown type and a newer format', () => {
    expect(parseDraftRecord(caseDraft({ id: 'có dấu' }))).toEqual({ ok: false, error: expect.stringContaining('“id”') });
    expect(parseDraftRecord(caseDraft({ updatedAt: 'hôm qua' }))).toEqual({ ok: false, error: expect.stringContaining('updatedAt') });
    expect(parseDraftRecord(caseDraft({ type: 'ghi-chu' }))).toEqual({ ok: false, error: expect.stringContaining('không được hỗ trợ') });
    expect(parseDraftRecord(caseDraft({ extra: true }))).toEqual({ ok: false, error: expect.stringContaining('extra') });
    expect(parseDraftRecord(caseDraft({ schemaVersion: 3 }))).toEqual({ ok: false, error: expect.stringContaining('phiên bản mới hơn') });
  });
  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => { const r = parseDraftRecord(v); return typeof r.ok === 'boolean'; }), { numRuns: 500 });
    fc.assert(fc.property(fc.record({ data: fc.jsonValue(), schemaVersion: fc.constant(2), type: fc.constant('case') }), (v) => typeof parseDraftRecord({ ...caseDraft(), ...v }).ok === 'boolean'), { numRuns: 300 });
  });
});
