// Which ruleset applies on an evaluation date, for a locality. Pure and dependency-free: the
// engine (rulesetFor) and the calculator page, which must choose before the engine has loaded,
// share this one function, so they can never disagree.

export interface RulesetWindow {
  id: string;
  /** First and last day in force (ISO); null = still in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Locality slug, null for the central text alone. */
  locality: string | null;
}

/**
 * Preference: the locality's own ruleset in force on that date; else the central-only ruleset in
 * force; else any ruleset in force. Null when no ruleset covers the date.
 */
export function chooseRuleset<T extends RulesetWindow>(list: readonly T[], date: string, localitySlug?: string): T | null {
  const inForce = list.filter((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo));
  if (localitySlug) {
    const local = inForce.find((r) => r.locality === localitySlug);
    if (local) return local;
  }
  return inForce.find((r) => r.locality === null) ?? inForce[0] ?? null;
}
