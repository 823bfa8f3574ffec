// What the reader's components share while rendering one document.

export interface ReaderContext {
  docId: string;
  /** Numbers of the document's footnotes. */
  notes: ReadonlySet<number>;
  /** Footnotes whose first mark has been rendered (that mark carries the back-link target id). */
  referenced: Set<number>;
}

export function readerContext(docId: string, footnotes: ReadonlyArray<{ n: number }>): ReaderContext {
  return { docId, notes: new Set(footnotes.map((f) => f.n)), referenced: new Set() };
}
