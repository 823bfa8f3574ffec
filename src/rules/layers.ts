// Helpers for local plans that restate a central rule in their own clause: the plan's heading
// becomes the primary citation and the central source stays second, with everything else
// (check, words, evidence) unchanged. Same id, so composition replaces the central version.
import type { CitationRef } from './docs.ts';

export function restate<T extends { id: string; cite: readonly CitationRef[] }>(rule: T, ...clauses: CitationRef[]): T {
  return { ...rule, cite: [...clauses, ...rule.cite.filter((c) => !clauses.some((k) => k.doc === c.doc && k.path.join('|') === c.path.join('|')))] };
}

/** The rule of `list` with this id (a typo is a build-time error in tests, never a silent gap). */
export function ruleById<T extends { id: string }>(list: readonly T[], id: string): T {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`rules: no rule ${id} to restate`);
  return r;
}
