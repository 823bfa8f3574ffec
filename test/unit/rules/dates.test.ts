// Whole calendar months (FORMAT.md: "6 months from 2023-06-05 is 2023-12-05").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, hasFullMonths, wholeMonthsBetween } from '../../../src/rules/dates.ts';

const iso = fc.integer({ min: 10_957, max: 21_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

describe('calendar months', () => {
  it('counts as FORMAT.md says', () => {
    expect(addMonths('2023-06-05', 6)).toBe('2023-12-05');
    expect(hasFullMonths('2023-06-05', '2023-12-05', 6)).toBe(true);
    expect(hasFullMonths('2023-06-06', '2023-12-05', 6)).toBe(false);
    expect(wholeMonthsBetween('2023-06-06', '2023-12-05')).toBe(5);
  });
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2023-08-31', 1)).toBe('2023-09-30');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2022-08-31', 6)).toBe('2023-02-28');
    expect(hasFullMonths('2023-08-31', '2024-02-29', 6)).toBe(true);
    expect(hasFullMonths('2023-08-31', '2024-02-28', 6)).toBe(false);
  });
  it('the fast check agrees with adding months', () => {
    fc.assert(fc.property(iso, iso, fc.integer({ min: 0, max: 24 }), (a, b, n) => {
      expect(hasFullMonths(a, b, n)).toBe(addMonths(a, n) <= b);
      const m = wholeMonthsBetween(a, b);
      if (b >= a) { expect(hasFullMonths(a, b, m)).toBe(true); expect(hasFullMonths(a, b, m + 1)).toBe(false); }
    }), { numRuns: 2000 });
  });
});
