// Calendar arithmetic on ISO dates (YYYY-MM-DD), without time zones: the rules count whole
// calendar months ("6 months from 2023-06-05 is 2023-12-05", FORMAT.md).

export interface YMD { y: number; m: number; d: number }

export function parseYmd(iso: string): YMD {
  return { y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!);

/** The date `n` calendar months after `iso`; a day that does not exist is clamped (31/8 + 1 → 30/9). */
export function addMonths(iso: string, n: number): string {
  const { y, m, d } = parseYmd(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysIn(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** Whole calendar months from `from` to `to` (0 when `to` is earlier). */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) return 0;
  const a = parseYmd(from);
  const b = parseYmd(to);
  let n = (b.y - a.y) * 12 + (b.m - a.m);
  // ISO strings compare lexicographically like dates.
  while (n > 0 && addMonths(from, n) > to) n--;
  return n;
}

/** Whether `from` + `months` has been reached by `to` ("đủ 6 tháng"). Integer arithmetic: called for every member. */
export function hasFullMonths(from: string, to: string, months: number): boolean {
  const fy = +from.slice(0, 4), fm = +from.slice(5, 7), fd = +from.slice(8, 10);
  const ty = +to.slice(0, 4), tm = +to.slice(5, 7), td = +to.slice(8, 10);
  const target = fy * 12 + (fm - 1) + months;
  const reached = ty * 12 + (tm - 1);
  if (target !== reached) return target < reached;
  const y = Math.floor(target / 12), m = (target % 12) + 1;
  return Math.min(fd, daysIn(y, m)) <= td;
}

/** "05/12/2023" */
export function viDate(iso: string): string {
  const { y, m, d } = parseYmd(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

export const yearOf = (iso: string) => +iso.slice(0, 4);
