// What the reader's components share while rendering one document.

import type { RefIndex } from './crossrefs.ts';

/** The banner of a clause of a superseded text: "Hết hiệu lực từ 30/8/2025 — nay theo Điều 11 Quy định 366-QĐ/TW". */
export interface ClauseStatus { since: string; label: string; href: string }

export interface ReaderContext {
  docId: string;
  /** How many rules of the rules engine cite a clause (0 for most). */
  rulesCount: (path: string[] | null) => number;
  /** For a superseded text, the banner a clause carries (articles, and clauses whose successor article is known); null otherwise. */
  clauseStatus: (unit: { type: string; path: string[] | null }) => ClauseStatus | null;
  /** What references in the text can point to (crossrefs.ts). */
  refs: RefIndex;
  /** Numbers of the document's footnotes. */
  notes: ReadonlySet<number>;
  /** Footnotes whose first mark has been rendered (that mark carries the back-link target id). */
  referenced: Set<number>;

}

export function readerContext(
  docId: string,
  footnotes: ReadonlyArray<{ n: number }>,
  refs: RefIndex,
  clauseStatus: ReaderContext['clauseStatus'] = () => null,
  rulesCount: ReaderContext['rulesCount'] = () => 0,
): ReaderContext {
  return { docId, refs, clauseStatus, rulesCount, notes: new Set(footnotes.map((f) => f.n)), referenced: new Set() };
}
