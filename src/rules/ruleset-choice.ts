// Which ruleset applies on an evaluation date, for a locality and a review year. Pure and
// dependency-free: the engine (rulesetFor) and the calculator page, which must choose before the
// engine has loaded, share this one function, so they can never disagree.

export interface RulesetWindow {
  id: string;
  /** First and last day in force (ISO); null = still in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Locality slug, null for the central text alone. */
  locality: string | null;
  /**
   * The review years ("năm đánh giá") a local plan was made for; null = every year while in
   * force. A plan "năm 2021" rates 2021 only; an annual plan ("hằng năm") has no end year.
   */
  reviewYears?: { from: number; to: number | null } | null;
}

/**
 * The year whose work an evaluation on `date` rates (FORMAT.md v2): the date's own year, except
 * for January–March, when a year-end review can only be a make-up rating of the previous year.
 */
export function reviewYearOf(date: string): number {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  return m <= 3 ? y - 1 : y;
}

const inForce = (r: RulesetWindow, date: string) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo);
const covers = (r: RulesetWindow, year: number) => !r.reviewYears || (r.reviewYears.from <= year && (r.reviewYears.to === null || year <= r.reviewYears.to));

/**
 * The locality's own ruleset in force on that date and made for that review year; otherwise the
 * central ruleset in force on that date. Never another locality's plan: a locality without a
 * plan for the year gets the central rules, which is what applies where a plan is silent.
 * Null only when no central ruleset covers the date (before 08/3/2018).
 */
export function chooseRuleset<T extends RulesetWindow>(list: readonly T[], date: string, localitySlug?: string | null, reviewYear?: number): T | null {
  const year = reviewYear ?? reviewYearOf(date);
  if (localitySlug) {
    const local = list.find((r) => r.locality === localitySlug && inForce(r, date) && covers(r, year));
    if (local) return local;
  }
  return list.find((r) => r.locality === null && inForce(r, date)) ?? null;
}
