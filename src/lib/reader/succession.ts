// What a clause of a superseded text now falls under: the whole text's successor ("Quy định
// 366-QĐ/TW"), and where the successor's facts say which article governs that clause's matter
// (`covers` in src/content/unpublished), that article ("Điều 11 Quy định 366").

export interface Successor {
  /** "Hết hiệu lực từ 30/8/2025". */
  since: string;
  /** The document in force and its page. */
  doc: string;
  docName: string;
  /** The article that governs the clause's matter, when the sources say it. */
  path: string[] | null;
  href: string;
}

export interface SuccessionSource {
  docId: string;
  shortName: string;
  facts: ReadonlyArray<{ path?: string[] | undefined; covers?: ReadonlyArray<{ doc: string; path: string[] }> | undefined }>;
}

const key = (p: readonly string[]) => p.join('\u0001');

/** For a superseded document: clause path → the successor's article, the most specific mapping first. */
export function successionMap(docId: string, successor: SuccessionSource): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of successor.facts) for (const c of f.covers ?? []) if (c.doc === docId && f.path) map.set(key(c.path), f.path);
  return map;
}

/** The successor's article for a clause: its own mapping only (an article's mapping is not its sub-clauses'). */
export function successorArticle(map: ReadonlyMap<string, string[]>, path: readonly string[]): string[] | null {
  return map.get(key(path)) ?? null;
}
