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
  /** Typed without marks, the readings the words typed next to it call for (rank.ts): only
   * these written forms are a full match. */
  readings?: ReadonlySet<string>;
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
  /** A question word ("ai", "ở đâu"): searched, but not required of a clause (terms.ts). */
  optional?: boolean;
}

/** A near phrasing (terms.ts) counts this much of a match of the words typed. */
export const NEAR_QUALITY = 0.8;
/** A wider wording of an abbreviation (terms.ts `wider`: "tổ chức đảng" for TCCS) counts this much. */
export const WIDER_QUALITY = 0.6;

const matcher = (w: string, exact = isMarked(w)): Matcher => ({ fold: fold(w), key: toneKey(w), exact });
/** A typed word as matched alone (with its marks, if typed). */
export const matcherOf = (w: string): Matcher => matcher(w);
const foldedWords = (s: string) => queryWords(s).map(fold);

/** Numbers the texts write in digits ("ở 2 nơi", "02 năm liền") and users may type as words.
 * Without marks only the words no common word folds to: "sau" is "sau khi" (after), "bay" is
 * "trình bày", "tam" is "tạm thời"; "một" and "năm" (year) are left out altogether. */
const NUMBER_WORDS: Record<string, { digits: string; unmarked: boolean }> = {
  hai: { digits: '2', unmarked: true }, ba: { digits: '3', unmarked: true }, 'bốn': { digits: '4', unmarked: true },
  'sáu': { digits: '6', unmarked: false }, 'bảy': { digits: '7', unmarked: false }, 'tám': { digits: '8', unmarked: false },
  'chín': { digits: '9', unmarked: true }, 'mười': { digits: '10', unmarked: true },
};
const NUMBER_BY_KEY = new Map(Object.entries(NUMBER_WORDS).map(([w, n]) => [toneKey(w), n.digits]));
const NUMBER_BY_FOLD = new Map(Object.entries(NUMBER_WORDS).filter(([, n]) => n.unmarked).map(([w, n]) => [fold(w), n.digits]));

/** The digits a typed number word stands for ("hai" → "2"), if any. */
function digitsOf(word: string): string | undefined {
  return isMarked(word) ? NUMBER_BY_KEY.get(toneKey(word)) : NUMBER_BY_FOLD.get(fold(word));
}

const PHRASINGS = TERMS.flatMap((group) => group.phrasings.map((p) => ({ group, words: foldedWords(p), keys: queryWords(p).map(toneKey), question: !!group.question?.includes(p) })))
  .sort((a, b) => b.words.length - a.words.length);

/** Slots of a query: at most `max` of them (a term of several words is one slot; words left out
 * as asking nothing, "phần trăm", "như thế nào", do not count). */
export function planQuery(query: string, max = 12): Slot[] {
  const words = queryWords(query).slice(0, 4 * max);
  const slots: Slot[] = [];
  for (let i = 0; i < words.length && slots.length < max;) {
    const hit = PHRASINGS.find((p) => p.words.every((x, j) => fold(words[i + j] ?? '') === x)
      && (!p.group.marked || p.keys.every((k, j) => toneKey(words[i + j]!) === k)));
    if (!hit) {
      const alts: Alternative[] = [{ words: [matcher(words[i]!)], quality: 1 }];
      const digits = digitsOf(words[i]!);
      if (digits) alts.push({ words: [matcher(digits)], quality: 1 });
      slots.push({ typed: [words[i]!], alts });
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
    for (const p of hit.group.wider ?? []) alts.push({ words: queryWords(p).map((w) => matcher(w, false)), quality: WIDER_QUALITY, notAfter });
    slots.push(hit.question ? { typed, alts, optional: true } : { typed, alts });
    i += hit.words.length;
  }
  return slots;
}
