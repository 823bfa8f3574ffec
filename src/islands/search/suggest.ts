// "Có phải bạn muốn tìm «kiểm điểm»?": for words found in no document, the closest word of the
// texts that also fits next to the other words typed ("kiem dim" → "kiểm điểm"), and the other
// words with the marks the texts give them. Nothing is suggested when no word fits.
import type { Corpus } from './corpus.ts';
import { fold, toneKey } from './words.ts';

/** Edit distance with adjacent transpositions (optimal string alignment), capped at `max` + 1. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

interface Candidate { key: string; distance: number; count: number }

/** Written forms (tone keys) the texts have for a typed word: itself, or close ones if it is missing. */
function candidates(corpus: Corpus, word: string, missing: boolean): Candidate[] {
  const f = fold(word);
  if (!missing) {
    const forms = corpus.vocabulary.get(f);
    const own = toneKey(word);
    // A word typed with marks keeps them; one typed without may take any of its written forms.
    if (forms?.has(own) && own !== f) return [{ key: own, distance: 0, count: forms.get(own)! }];
    return forms ? [...forms].map(([key, count]) => ({ key, distance: 0, count })) : [];
  }
  const max = f.length <= 4 ? 1 : 2;
  const out: Candidate[] = [];
  for (const [other, forms] of corpus.vocabulary) {
    if (/^\d+$/.test(other) !== /^\d+$/.test(f)) continue;
    const distance = other === f ? 0 : editDistance(f, other, max);
    if (distance > max) continue;
    for (const [key, count] of forms) out.push({ key, distance, count });
  }
  return out;
}

/** The query as the texts would write it, or null when no missing word has a fitting neighbour. */
export function suggestion(corpus: Corpus, words: readonly string[], missing: ReadonlySet<number>): string | null {
  if (!missing.size) return null;
  const options = words.map((w, i) => candidates(corpus, w, missing.has(i)));
  const bigrams = corpus.bigrams();
  const pair = (a: string, b: string) => bigrams.get(`${a} ${b}`) ?? 0;
  const chosen: string[] = [];
  let fixed = 0;
  for (let i = 0; i < words.length; i++) {
    const opts = options[i]!;
    if (!opts.length) return null;
    const prev = chosen[i - 1];
    const next = options[i + 1] ?? [];
    const fit = (c: Candidate) => (prev ? pair(prev, c.key) : 0) + next.reduce((s, n) => s + pair(c.key, n.key), 0);
    const ranked = [...opts].sort((a, b) => (fit(b) > 0 ? 1 : 0) - (fit(a) > 0 ? 1 : 0) || a.distance - b.distance || fit(b) - fit(a) || b.count - a.count);
    const best = ranked[0]!;
    if (missing.has(i)) {
      // Next to other words, a replacement must occur next to one of them in the texts.
      if (words.length > 1 ? fit(best) === 0 : best.count < 2) return null;
      fixed += 1;
    }
    chosen.push(best.key);
  }
  return fixed ? chosen.map((k) => corpus.spelling.get(k) ?? k).join(' ') : null;
}
