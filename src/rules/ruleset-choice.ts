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
  /** Vietnamese names, for the sentence that explains the choice. */
  label?: string;
  localityLabel?: string | null;
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

export interface ExplainedChoice<T> {
  ruleset: T | null;
  reviewYear: number;
  /**
   * 'local-plan': the locality's own plan; 'no-plan-for-year': the locality has plans, none for
   * this review year or date, so the central ruleset; 'no-plan': no plan of that locality is
   * known here; 'no-locality': none chosen; 'none': no ruleset covers the date.
   */
  reason: 'local-plan' | 'no-plan-for-year' | 'no-plan' | 'no-locality' | 'none';
  /** The reason in Vietnamese, said next to the result (e.g. why a Sao Đỏ case of 2026 is rated by 366). */
  text: string;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** chooseRuleset, with the reason for its choice in words. */
export function explainChoice<T extends RulesetWindow>(list: readonly T[], date: string, localitySlug?: string | null, reviewYear?: number): ExplainedChoice<T> {
  const year = reviewYear ?? reviewYearOf(date);
  const ruleset = chooseRuleset(list, date, localitySlug, year);
  const name = (r: T) => r.label ?? r.id;
  const yearText = year === +date.slice(0, 4) ? `năm ${year}` : `năm ${year} (đánh giá bổ sung ngày ${dmy(date)})`;
  if (!ruleset) return { ruleset, reviewYear: year, reason: 'none', text: `Không có quy định nào về đánh giá, xếp loại có hiệu lực ngày ${dmy(date)} trong ứng dụng (sớm nhất là Quy định 132-QĐ/TW từ 08/3/2018).` };
  if (ruleset.locality) return { ruleset, reviewYear: year, reason: 'local-plan', text: `Áp dụng ${name(ruleset)}: kế hoạch của ${ruleset.localityLabel ?? ruleset.locality} cho kỳ đánh giá ${yearText}, cùng văn bản trung ương mà kế hoạch cụ thể hóa.` };
  if (!localitySlug) return { ruleset, reviewYear: year, reason: 'no-locality', text: `Chưa chọn địa phương: áp dụng ${name(ruleset)}, văn bản trung ương có hiệu lực ngày ${dmy(date)}.` };
  const plans = list.filter((r) => r.locality === localitySlug);
  if (!plans.length) return { ruleset, reviewYear: year, reason: 'no-plan', text: `Ứng dụng chưa có kế hoạch của địa phương này: áp dụng ${name(ruleset)}, văn bản trung ương có hiệu lực ngày ${dmy(date)}.` };
  const where = plans[0]!.localityLabel ?? localitySlug;
  return { ruleset, reviewYear: year, reason: 'no-plan-for-year', text: `${where} không có kế hoạch cho kỳ đánh giá ${yearText} trong ứng dụng: áp dụng ${name(ruleset)}, văn bản trung ương có hiệu lực ngày ${dmy(date)} (không dùng kế hoạch của nơi khác).` };
}
