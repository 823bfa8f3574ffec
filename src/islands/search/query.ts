// Query planning for Pagefind, which folds tone and vowel marks ("xep" finds "xếp") but not
// đ/Đ: U+0111 has no Unicode decomposition, so "dang" never reaches "đảng". Vietnamese has đ
// only as the first letter of a syllable, so a typed word starting with "d" may mean either
// letter: we search both spellings of each such word and merge the results.

/** Words of a query, NFC and lower-case: letters, marks and digits ("124-QĐ/TW" → 124, qđ, tw). */
export function queryWords(query: string): string[] {
  return (query.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 10);
}

/** Spellings Pagefind must be asked for: "dang" → ["dang", "đang"]; "đảng" and "xep" → themselves. */
export function spellings(word: string): string[] {
  return word.startsWith('d') ? [word, `đ${word.slice(1)}`] : [word];
}

/**
 * Every combination of one spelling per word, capped: when there are more than `cap`, words
 * keep only their first listed spelling from the right until the count fits (callers list the
 * spelling with more hits first).
 */
export function combinations(perWord: readonly (readonly string[])[], cap = 16): string[] {
  const lists = perWord.map((s) => [...s]);
  const count = () => lists.reduce((n, l) => n * l.length, 1);
  for (let i = lists.length - 1; i >= 0 && count() > cap; i -= 1) lists[i] = lists[i]!.slice(0, 1);
  let out: string[][] = [[]];
  for (const l of lists) out = out.flatMap((prefix) => l.map((s) => [...prefix, s]));
  return out.map((ws) => ws.join(' ')).filter(Boolean);
}

/** Plain text of a Pagefind excerpt ("…<mark>xếp</mark> loại…") as runs, marked or not, never as HTML. */
export function excerptRuns(excerpt: string): Array<{ text: string; mark: boolean }> {
  // Tags first (Pagefind only emits <mark>), then entities, so escaped text stays text.
  const decode = (s: string) =>
    s.replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[e] ?? '');
  const runs: Array<{ text: string; mark: boolean }> = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) runs.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    runs.push({ text: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) runs.push({ text: decode(excerpt.slice(last)), mark: false });
  return runs.filter((r) => r.text);
}

/** Compare-form of a word: no tone or vowel marks, đ → d, lower case ("Điều" → "dieu"). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Relevance of one section (a Pagefind sub-result) for the words the user typed: first how many
 * of the words its heading contains ("Điều 12. Tiêu chí xếp loại" for "dieu 12"), then how many
 * its hits contain exactly ("12" in "31/12"), then as a prefix ("12" in "124-QĐ/TW"), then
 * Pagefind's own weighted hit score. `hitWords` are the page words at the section's hit locations.
 */
export function sectionScore(typed: readonly string[], heading: string, hitWords: readonly string[], pagefindScore: number): number {
  const runsOf = (w: string): string[] => fold(w).match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = hitWords.map(runsOf);
  const head = runsOf(heading);
  const words = [...new Set(typed.map(fold))];
  const inHeading = words.filter((w) => head.includes(w)).length;
  const exact = words.filter((w) => runs.some((rs) => rs.includes(w))).length;
  const prefix = words.filter((w) => runs.some((rs) => rs.some((r) => r.startsWith(w)))).length;
  return inHeading * 10000 + exact * 1000 + prefix * 100 + Math.min(pagefindScore, 99);
}
