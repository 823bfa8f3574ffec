// Vietnamese word forms for matching, shared by the search (browser), the landing highlight on
// reader pages and the tests. No dependencies.
//
// Every syllable is compared in one of two forms:
// - `toneKey`: the word as written, lower case, with the tone mark moved out of the letters
//   ("ủy" and "uỷ" → "uy3", "hòa" and "hoà" → "hoa2"): the texts spell the same word both ways
//   (old and new tone placement), and a user who types marks means exactly that word — "nghỉ"
//   (rest) is not "nghị" (resolve).
// - `fold`: no marks at all and đ → d ("Điều" → "dieu"): what a user typing without marks means.
// Numbers drop leading zeros ("03" = "3"), since the texts write "03 tháng" and users type "3".
// A final "y" after consonants is "i" ("kỷ luật" = "kỉ luật", "tỷ lệ" = "tỉ lệ", "quy" = "qui"):
// both spellings are current; "uy" in "thủy", "tuy" stays.

/** Combining tone marks (NFD) and the digit each becomes in a tone key. */
const TONES: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0309': '3', '\u0303': '4', '\u0323': '5' };
const TONE_RE = /[\u0300\u0301\u0309\u0303\u0323]/u;
const MARK_RE = /\p{M}/gu;
const DIGITS_RE = /^\p{N}+$/u;

const trimZeros = (d: string) => d.replace(/^0+(?=\d)/, '');
/** "ky" → "ki", "quy" → "qui" (letters without marks or with vowel marks only). */
const yToI = (w: string) => w.replace(/^((?:qu|[bcdđghklmnprstvx])+)y$/u, '$1i');

/** Exact compare form: lower case NFC letters with vowel marks kept and the tone as a trailing digit. */
export function toneKey(word: string): string {
  const w = word.normalize('NFC').toLowerCase();
  if (DIGITS_RE.test(w)) return trimZeros(w);
  const nfd = w.normalize('NFD');
  const tone = nfd.match(TONE_RE)?.[0];
  const base = yToI(nfd.replace(TONE_RE, '').normalize('NFC'));
  return tone ? base + TONES[tone] : base;
}

/** Folded compare form: no marks, đ → d, lower case ("Điều" → "dieu"). */
export function fold(word: string): string {
  const w = word.normalize('NFD').replace(MARK_RE, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return DIGITS_RE.test(w) ? trimZeros(w) : yToI(w);
}

/** Whether the user typed any mark (tone, vowel mark or đ): then the exact word is meant. */
export function isMarked(word: string): boolean {
  return /[đĐ]/.test(word) || /\p{M}/u.test(word.normalize('NFD'));
}

/** The syllables and numbers of a text, as parallel arrays (one entry per token). */
export interface Tokens {
  length: number;
  /** As written, lower case NFC ("ủy"). */
  text: string[];
  key: string[];
  fold: string[];
  /** Index of the whitespace-separated word it is part of ("124-QĐ/TW" gives three tokens of one word). */
  word: Int32Array;
  /** 1 when the word ends a sentence or clause part (. ; ! ? or the end of a block). */
  stop: Uint8Array;
}

// Letters (with their marks) and digits are separate runs: "20%" → "20", "124-QĐ/TW" → 124, qđ, tw.
const RUN_RE = /[\p{L}\p{M}]+|\p{N}+/gu;

// A text of 45 000 words has about 4 000 distinct words and 1 000 distinct syllables:
// their forms are computed once (this keeps building the corpus fast on a cheap tablet).
interface Run { text: string; key: string; fold: string }
const wordCache = new Map<string, { runs: Run[]; stop: boolean }>();
function wordForms(raw: string): { runs: Run[]; stop: boolean } {
  let f = wordCache.get(raw);
  if (!f) {
    const runs = (raw.normalize('NFC').toLowerCase().match(RUN_RE) ?? []).map((r) => ({ text: r, key: toneKey(r), fold: fold(r) }));
    f = { runs, stop: /[.;!?…]["”»)]*$/.test(raw) };
    wordCache.set(raw, f);
  }
  return f;
}

/** Tokens of a text split on white space the way Pagefind counts words (or of those words). */
export function tokenize(text: string | readonly string[]): Tokens {
  const words = typeof text === 'string' ? text.split(/\s+/).filter(Boolean) : text;
  const forms = words.map(wordForms);
  const length = forms.reduce((n, f) => n + f.runs.length, 0);
  const t: Tokens = { length, text: new Array<string>(length), key: new Array<string>(length), fold: new Array<string>(length), word: new Int32Array(length), stop: new Uint8Array(length) };
  let k = 0;
  forms.forEach(({ runs, stop }, w) => {
    for (let i = 0; i < runs.length; i++, k++) {
      const r = runs[i]!;
      t.text[k] = r.text; t.key[k] = r.key; t.fold[k] = r.fold; t.word[k] = w;
      if (stop && i === runs.length - 1) t.stop[k] = 1;
    }
  });
  return t;
}

/** Words of a query as typed (NFC, lower case), split like the texts. */
export function queryWords(query: string): string[] {
  return query.normalize('NFC').toLowerCase().match(RUN_RE) ?? [];
}
