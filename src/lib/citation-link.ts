// One mapping from a citation {doc, path} (casebook FORMAT.md) to the reader URL, shared by
// the library pages (which give each heading this id), the rules engine and the calculator.

export interface Citation { doc: string; path: string[] }

/** Documents whose text is published in the library (the others are cited as facts only). */
export const PUBLISHED_DOCS = ['qd-124-2023', 'kh-sao-do-2023', 'kh-tuy-phuoc-2021', 'kh-hong-quang-2025', 'kh-tinh-uy-2022'] as const;
export type PublishedDocId = (typeof PUBLISHED_DOCS)[number];

export const isPublished = (doc: string): doc is PublishedDocId => (PUBLISHED_DOCS as readonly string[]).includes(doc);

/**
 * Stable HTML id of a numbered heading: "m-" + segments joined by "-", with "." inside a
 * segment written "_" so ["12","4","4.3","d"] → "m-12-4-4_3-d" never collides with ["12","4","4","3"].
 */
export function anchorId(path: readonly string[]): string {
  return 'm-' + path.map((s) => s.trim().toLowerCase().replace(/\./g, '_')).join('-');
}

/**
 * Stable HTML id of the n-th block (1-based) of a clause's own text: paragraph, bullet, step
 * "Bước n", item "(n)" or form section, in document order, its sub-clauses not counted. The
 * sentence that follows a clause's marker is its block 1. Derived from the clause's anchor and
 * the position only, so text added elsewhere in the document never moves it.
 */
export function blockAnchorId(path: readonly string[], n: number): string {
  return `${anchorId(path)}--${n}`;
}

/** Reader URL of a citation, or null when the document's text is not published here. */
export function readerUrl(c: Citation): string | null {
  if (!isPublished(c.doc)) return null;
  return c.path.length ? `/van-ban/${c.doc}/#${anchorId(c.path)}` : `/van-ban/${c.doc}/`;
}

/** Reader URL of one block of a clause (see blockAnchorId), or null when the text is not published here. */
export function blockUrl(c: Citation, n: number): string | null {
  return isPublished(c.doc) && c.path.length ? `/van-ban/${c.doc}/#${blockAnchorId(c.path, n)}` : null;
}
