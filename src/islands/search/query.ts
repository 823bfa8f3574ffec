// A typed query as the ranker reads it: a sequence of slots, one per typed word or per term of
// terms.ts ("HTXSNV", "hội đồng nhân dân", "thời hạn"), each matched by any of its
// alternatives. Pure; no corpus needed.
import { TERMS } from './terms.ts';
import { fold, isMarked, queryWords, toneKey } from './words.ts';

export interface Matcher {
  fold: string;
  key: string;
  /** The user typed marks: only this exact word (any tone placement) is a full match. */
  exact: boolean;
}

export interface Alternative {
  words: Matcher[];
  /** Weight of a match of this alternative: 1 for what was typed and for abbreviations. */
  quality: number;
  /** Folded words that must not come right before it. */
  notAfter?: string[];
}

export interface Slot {
  /** The words as typed (lower case, NFC). */
  typed: string[];
  alts: Alternative[];
}

/** A near phrasing (terms.ts) counts this much of a match of the words typed. */
export const NEAR_QUALITY = 0.8;

const matcher = (w: string, exact = isMarked(w)): Matcher => ({ fold: fold(w), key: toneKey(w), exact });
const foldedWords = (s: string) => queryWords(s).map(fold);

const PHRASINGS = TERMS.flatMap((group) => group.phrasings.map((p) => ({ group, words: foldedWords(p) })))
  .sort((a, b) => b.words.length - a.words.length);

/** Slots of a query: at most `max` typed words are used. */
export function planQuery(query: string, max = 12): Slot[] {
  const words = queryWords(query).slice(0, max);
  const slots: Slot[] = [];
  for (let i = 0; i < words.length;) {
    const hit = PHRASINGS.find((p) => p.words.every((x, j) => fold(words[i + j] ?? '') === x));
    if (!hit) {
      slots.push({ typed: [words[i]!], alts: [{ words: [matcher(words[i]!)], quality: 1 }] });
      i += 1;
      continue;
    }
    const typed = words.slice(i, i + hit.words.length);
    if (hit.group.skip) { i += hit.words.length; continue; }
    const notAfter = hit.group.notAfter?.map(fold);
    const alts: Alternative[] = [{ words: typed.map((w) => matcher(w)), quality: 1, notAfter }];
    for (const p of hit.group.phrasings) {
      const ws = queryWords(p);
      if (ws.map(fold).join(' ') === hit.words.join(' ')) continue;
      // Other phrasings are matched without marks: the user did not type them.
      alts.push({ words: ws.map((w) => matcher(w, false)), quality: hit.group.near ? NEAR_QUALITY : 1, notAfter });
    }
    slots.push({ typed, alts });
    i += hit.words.length;
  }
  return slots;
}
