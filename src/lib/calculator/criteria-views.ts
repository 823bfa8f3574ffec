// The criteria a ruleset names for a kind, as the form shows them (short name, where the text
// says it, link). A static import of the calculator page: the form names its questions before
// the rules engine loads, and the data is one shared file rather than a copy in every page.
import { criteriaFor, criterionLabel } from '../../rules/criteria.ts';
import { shortCitation } from '../../rules/docs.ts';
import { readerUrl } from '../citation-link.ts';
import type { CriteriaView } from './subject.ts';

const cache = new Map<string, CriteriaView | null>();

/** Null when the ruleset does not rate by criterion levels (366: by score). */
export function criteriaView(rulesetId: string, kind: string): CriteriaView | null {
  const key = `${rulesetId}|${kind}`;
  if (cache.has(key)) return cache.get(key)!;
  const list = criteriaFor(rulesetId, kind);
  const view = list && {
    criteria: list.criteria.map((c) => ({
      id: c.id, group: c.group, label: criterionLabel(c.words), citeLabel: shortCitation(c.cite),
      url: readerUrl({ doc: c.cite.doc, path: [...c.cite.path] }), ...(c.optional ? { optional: c.optional } : {}),
    })),
    ...(list.note ? { note: list.note } : {}),
  };
  cache.set(key, view);
  return view;
}
