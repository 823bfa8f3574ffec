// Contract D: /tinh-xep-loai/<kind>/#ho-so=<encodeURIComponent(JSON)> opens a FORMAT v2 case; a bad
// one is refused at the boundary with a Vietnamese message naming the field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { caseLink, readCaseLink, CASE_LINK_PREFIX } from '../../../src/lib/calculator/case-link.ts';
import { RULESETS, type RulesetId } from '../../../src/rules/index.ts';

const localityOf = (id: RulesetId) => RULESETS.find((r) => r.id === id)?.locality ?? null;
const hashOf = (c: unknown) => CASE_LINK_PREFIX + encodeURIComponent(JSON.stringify(c));
const read = (c: unknown) => readCaseLink(hashOf(c), localityOf);
const shared = JSON.parse(readFileSync('test/casebook/sao-do-2023.json', 'utf8')) as Record<string, unknown>[];

describe('case link', () => {
  it('opens a case-book case with its date, ruleset, locality and facts; expect is ignored', () => {
    const c = shared.find((x) => (x.subject as { kind: string }).kind === 'dang-vien')!;
    const r = read(c);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe('dang-vien');
    expect(r.value.data.evaluationDate).toBe(c.evaluationDate);
    expect(r.value.data.ruleset).toBe('sao-do-2023');
    expect(r.value.data.locality).toBe('sao-do');
    expect(r.value.data.subject).toEqual(c.subject);
    expect(r.value.title).toBe(c.title);
  });

  it('keeps the review year and checks it against the evaluation date', () => {
    const c = { ruleset: 'qd124-2023', evaluationDate: '2024-02-10', reviewYear: 2023, subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] } } };
    const r = read(c);
    expect(r.ok && r.value.data.reviewYear).toBe(2023);
    const bad = read({ ...c, reviewYear: 2021 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('reviewYear');
  });

  it('builds links that read back', () => {
    const c = { ruleset: 'qd124-2023', evaluationDate: '2023-12-05', subject: { kind: 'to-chuc-dang', orgType: 'chi-bo', criteria: { keyResults: ['tot'] } } };
    const link = caseLink('to-chuc-dang', c);
    expect(link.startsWith('/tinh-xep-loai/to-chuc-dang/#ho-so=')).toBe(true);
    const r = readCaseLink(link.slice(link.indexOf('#')), localityOf);
    expect(r.ok && r.value.data.subject.orgType).toBe('chi-bo');
  });

  it.each([
    ['not JSON', CASE_LINK_PREFIX + '%7Bnot-json', 'không phải JSON'],
    ['broken encoding', CASE_LINK_PREFIX + '%E0%A4%A', 'liên kết bị hỏng'],
    ['an array', hashOf([1, 2]), 'đối tượng JSON'],
    ['an unknown ruleset', hashOf({ ruleset: 'ha-noi-2030', evaluationDate: '2023-12-05', subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] } } }), 'ruleset'],
    ['a bad count, named by its field', hashOf({ ruleset: 'qd124-2023', evaluationDate: '2023-12-05', subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] }, tasks: { assigned: -1 } } }), 'subject.tasks.assigned'],
    ['an unknown fact', hashOf({ ruleset: 'qd124-2023', evaluationDate: '2023-12-05', subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] }, luong: 5 } }), 'subject.luong'],
    ['a group (meeting tools)', hashOf({ ruleset: 'qd124-2023', evaluationDate: '2023-12-05', subject: { kind: 'nhom-tuong-dong', members: 3, qualifyingHttnvOrAbove: 3, proposedHtxsnv: 1 } }), 'Công cụ họp'],
    ['a bad date', hashOf({ ruleset: 'qd124-2023', evaluationDate: '5/12/2023', subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] } } }), 'evaluationDate'],
  ])('refuses %s with a Vietnamese message', (_what, hash, words) => {
    const r = readCaseLink(hash, localityOf);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(words);
  });
});
