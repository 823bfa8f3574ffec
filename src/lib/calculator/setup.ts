// What the calculator page knows about the rulesets before the rules engine loads: their names
// and dates (to choose one) and, per ruleset, the facts it reads (to build the form). The
// page computes this at build time and hands it to the island as props, so a new case can be
// typed in with the page's own small script; the engine loads when the user starts entering
// facts or opens a saved draft.
import { factsAskedBy, RULESETS, type RulesetId } from '../../rules/index.ts';
import { criteriaFor, SCORE_GROUPS_366 } from '../../rules/criteria.ts';
import { DOCS } from '../../rules/docs.ts';
import type { CalcKind } from './labels.ts';

export interface RulesetOption {
  id: RulesetId;
  label: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  locality: string | null;
  localityLabel: string | null;
  /** The review years a local plan was made for (chooseRuleset reads it; null = every year). */
  reviewYears: { from: number; to: number | null } | null;
  /** The central texts it applies, as people name them: "Quy định 366 + Hướng dẫn 43". */
  centralTexts: string;
  /** The local plan it adds, by its title, or null for the central texts alone. */
  localPlan: string | null;
}

export interface CalculatorSetup {
  /** Rulesets, oldest first (2021 → 2023 → 2025). */
  rulesets: RulesetOption[];
  /** Localities that have a profile of their own. */
  localities: { slug: string; label: string }[];
  /** The facts each ruleset reads for this subject kind (the questions of the form). */
  asked: Record<RulesetId, string[]>;
  /** What the score is made of (Điều 10 Quy định 366), said under the score question. */
  scoreHint: string;
  /** The rulesets that name criteria to rate by level (src/rules/criteria.ts; the names load on demand). */
  namesCriteria: RulesetId[];
}

const scoreHint = () => {
  const g = SCORE_GROUPS_366.groups;
  return `Theo Điều 10 Quy định 366-QĐ/TW: ${g.map((x) => `${x.label.toLowerCase()} tối đa ${x.max} điểm`).join(', ')}. Tổng điểm quyết định mức xếp loại.`;
};

/**
 * Plain code-unit order. The keys are ISO dates and ASCII slugs, for which it is the same order as
 * localeCompare; localeCompare's first call sets up an ICU collator (60–68 ms at 4× CPU), and the
 * comparison runs this on the engine's arrival, before the first result.
 */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const rulesetOptions = (): RulesetOption[] =>
  [...RULESETS].sort((a, b) => byCodeUnits(a.effectiveFrom, b.effectiveFrom) || byCodeUnits(a.locality ?? '', b.locality ?? ''))
    .map((r) => ({
      id: r.id, label: r.label, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, locality: r.locality, localityLabel: r.localityLabel, reviewYears: r.reviewYears,
      centralTexts: r.centralDocs.map((d) => DOCS[d]?.short ?? d).join(' + '),
      localPlan: r.localPlanDoc ? DOCS[r.localPlanDoc]?.title ?? r.localPlanDoc : null,
    }));

export function calculatorSetup(kind: CalcKind): CalculatorSetup {
  const rulesets = rulesetOptions();
  const localities = new Map<string, string>();
  for (const r of rulesets) if (r.locality && r.localityLabel) localities.set(r.locality, r.localityLabel);
  return {
    rulesets,
    localities: [...localities].map(([slug, label]) => ({ slug, label })),
    asked: Object.fromEntries(rulesets.map((r) => [r.id, factsAskedBy(r.id, kind)])) as Record<RulesetId, string[]>,
    scoreHint: scoreHint(),
    namesCriteria: rulesets.filter((r) => criteriaFor(r.id, kind)).map((r) => r.id),
  };
}
