// A calculator draft as a case of the case-book format, for other features that read calculator
// drafts (e.g. the meeting tools' roster): the ruleset the draft is evaluated under and only the
// facts that ruleset reads — exactly what the calculator itself evaluates.
import type { DraftRecord } from '../drafts/schema.ts';
import { asked, effectiveRuleset } from './compute.ts';
import { rawCase, type CaseDraftData } from './subject.ts';

/** The raw case (validate with parseCase) or null when the draft has no ruleset yet. */
export function draftToCase(d: DraftRecord<CaseDraftData>): Record<string, unknown> | null {
  const rulesetId = effectiveRuleset(d.data);
  if (!rulesetId) return null;
  return { ...rawCase(d.data, rulesetId, asked(rulesetId, d.data.subject.kind), d.id), title: d.name };
}
