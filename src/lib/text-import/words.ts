// Word-level faithfulness check: which share of a source's words appear, in order, in a
// published text. Used by the importer (it refuses to write a document below the threshold)
// and by the tests (on the JSON and on the built HTML).

/**
 * Words are runs of letters, combining marks and digits; punctuation and markup are ignored.
 * A footnote mark is a word of its own ("tiếp¹" is "tiếp" + "¹"), however the page sets it.
 */
export function words(text: string): string[] {
  return text.normalize('NFC').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, ' $& ').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

export interface InOrderResult {
  sourceWords: number;
  matched: number;
  ratio: number;
  /** First few source words that were not found in order (for error messages). */
  missing: string[];
}

/**
 * Greedy in-order match: walk the source words and, for each, take the nearest occurrence in
 * the published words after the previous match (looking at most `window` words ahead). The
 * matched words form a genuine common subsequence, so `ratio` is a lower bound of the true
 * share of source words kept in order. Extra words in the published text (labels, buttons)
 * are skipped and do not count against it.
 */
export function inOrderRatio(source: readonly string[], published: readonly string[], window = 400): InOrderResult {
  let j = 0;
  let matched = 0;
  const missing: string[] = [];
  for (const w of source) {
    const end = Math.min(published.length, j + window);
    let k = j;
    while (k < end && published[k] !== w) k += 1;
    if (k < end) { matched += 1; j = k + 1; }
    else if (missing.length < 20) missing.push(w);
  }
  return { sourceWords: source.length, matched, ratio: source.length ? matched / source.length : 1, missing };
}
