// Three-way merge of draft content (src/lib/drafts/merge.ts): edits on different fields both
// survive, rows merge by id, a same-field conflict keeps the later edit and hands back the other.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepEqual, getAt, merge3, setAt, type Json } from '../../../src/lib/drafts/merge.ts';

const base = { name: 'Chi bộ 3', data: { title: 'Chi bộ 3', rows: [{ id: 'a', name: 'An', proposed: '' }, { id: 'b', name: 'Bình', proposed: 'HTNV' }], org: { score: 80 } } };
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('merge3', () => {
  it('keeps both edits when the tabs changed different fields', () => {
    const theirs = clone(base); theirs.data.title = 'Chi bộ khu 3';
    const mine = clone(base); mine.data.org.score = 92;
    const r = merge3(base, theirs, mine, true);
    expect(r.conflicts).toEqual([]);
    expect(r.value).toMatchObject({ data: { title: 'Chi bộ khu 3', org: { score: 92 } } });
    expect(r.fromTheirs).toEqual([['data', 'title']]);
  });

  it('merges id-keyed rows element by element: an edit here, a row added there, a row removed there', () => {
    const theirs = clone(base); theirs.data.rows.push({ id: 'c', name: 'Cường', proposed: '' }); theirs.data.rows = theirs.data.rows.filter((r) => r.id !== 'b');
    const mine = clone(base); mine.data.rows[0]!.proposed = 'HTTNV'; mine.data.rows.push({ id: 'd', name: 'Dung', proposed: '' });
    const r = merge3(base, theirs, mine, true);
    expect(r.conflicts).toEqual([]);
    expect((r.value as typeof base).data.rows).toEqual([{ id: 'a', name: 'An', proposed: 'HTTNV' }, { id: 'c', name: 'Cường', proposed: '' }, { id: 'd', name: 'Dung', proposed: '' }]);
  });

  it('a row removed on one side and edited on the other is kept, and reported', () => {
    const theirs = clone(base); theirs.data.rows = theirs.data.rows.filter((r) => r.id !== 'b');
    const mine = clone(base); mine.data.rows[1]!.name = 'Bình (đã sửa)';
    const r = merge3(base, theirs, mine, false);
    expect((r.value as typeof base).data.rows.map((x) => x.name)).toEqual(['An', 'Bình (đã sửa)']);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ path: ['data', 'rows', { id: 'b' }], lost: undefined });
  });

  it('same field changed on both sides: the later edit is kept and the other value is returned', () => {
    const theirs = clone(base); theirs.data.title = 'Tab kia';
    const mine = clone(base); mine.data.title = 'Tab này';
    const laterHere = merge3(base, theirs, mine, true);
    expect(getAt(laterHere.value, ['data', 'title'])).toBe('Tab này');
    expect(laterHere.conflicts).toEqual([{ path: ['data', 'title'], kept: 'Tab này', lost: 'Tab kia', loser: 'theirs' }]);
    const laterThere = merge3(base, theirs, mine, false);
    expect(getAt(laterThere.value, ['data', 'title'])).toBe('Tab kia');
    expect(laterThere.conflicts[0]).toMatchObject({ kept: 'Tab kia', lost: 'Tab này', loser: 'mine' });
    expect(laterThere.fromTheirs).toContainEqual(['data', 'title']);
  });

  it('never sets a prototype from a key named __proto__', () => {
    const b = JSON.parse('{"texts":{}}');
    const t = JSON.parse('{"texts":{"__proto__":"x"}}');
    const r = merge3(b, t, b, true).value as { texts: Record<string, unknown> };
    expect(Object.getPrototypeOf(r.texts)).toBe(Object.prototype);
    expect(Object.keys(r.texts)).toEqual(['__proto__']);
  });

  // Properties: whatever the two sides did, nothing either side changed alone is lost.
  const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 9 }), fc.constant(null));
  const doc = fc.record({ a: leaf, b: leaf, c: fc.record({ d: leaf, e: leaf }) });
  it('every field changed on one side only takes that side\'s value; untouched fields keep the base', () => {
    fc.assert(fc.property(doc, doc, doc, fc.boolean(), (b, t, m, mineWins) => {
      const r = merge3(b as Json, t as Json, m as Json, mineWins);
      for (const p of [['a'], ['b'], ['c', 'd'], ['c', 'e']]) {
        const [vb, vt, vm, vr] = [getAt(b as Json, p), getAt(t as Json, p), getAt(m as Json, p), getAt(r.value, p)];
        if (deepEqual(vb, vt)) expect(vr).toEqual(vm);
        else if (deepEqual(vb, vm)) expect(vr).toEqual(vt);
        else if (!deepEqual(vt, vm)) { expect(vr).toEqual(mineWins ? vm : vt); expect(r.conflicts.some((c) => deepEqual(c.path, p) && deepEqual(c.lost, mineWins ? vt : vm))).toBe(true); }
      }
    }), { numRuns: 400 });
  });
});

describe('getAt / setAt', () => {
  it('reads and writes through id-keyed lists without touching the input', () => {
    const v = clone(base) as unknown as Json;
    const next = setAt(v, ['data', 'rows', { id: 'b' }, 'proposed'], 'HTTNV');
    expect(getAt(next, ['data', 'rows', { id: 'b' }, 'proposed'])).toBe('HTTNV');
    expect(getAt(v, ['data', 'rows', { id: 'b' }, 'proposed'])).toBe('HTNV');
    expect(getAt(setAt(v, ['data', 'org', 'score'], undefined), ['data', 'org'])).toEqual({});
  });
});
