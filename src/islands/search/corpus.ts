// The library text as the search ranks it: every document indexed by Pagefind, cut into clauses
// (a numbered heading and the text up to the next heading) and blocks (paragraphs, bullets with
// an id of their own), tokenized with tone marks kept. Built once in the browser from Pagefind's
// page fragments, whose `anchors` give the word position of every element with an id, so every
// result links to an id that exists on the built reader page.
//
// Why clauses are cut here and not indexed one Pagefind record per clause (`addCustomRecord`,
// measured on this library in Chromium, Dec 2025, on a busy 2-core machine, same conditions):
// - one record per clause is 504 fragment files (212 KB) instead of 10 (116 KB): 500 more files
//   in the offline precache, which installs them one request at a time;
// - ranking needs the text, with tone marks, of every candidate clause (Pagefind folds marks
//   and backs off to prefixes: "khien" silently matches "khi"), so every query fetches the
//   fragments of its candidates: Pagefind's search plus 30 fragments took 28–960 ms a query,
//   against 4–124 ms for ranking every clause here; and Pagefind only returns records that have
//   every word, so "some of the words" and words found in a heading above a clause (or as an
//   abbreviation's long form) would need more searches still.
// One record per page keeps the index small; its fragments (all of them ≈ 116 KB gzip) are
// loaded once when a search box is touched or focused, and cut into clauses here.
import { tokenize, type Tokens } from './words.ts';

/** What Pagefind's `result.data()` returns (the fields used here). */
export interface PfAnchor { element: string; id: string; text: string; location: number }
export interface PfFragment { url: string; content: string; meta?: Record<string, string>; anchors?: PfAnchor[] }

export interface Block { id: string; start: number; end: number }

export interface Clause {
  doc: DocText;
  index: number;
  /** Element id on the reader page; null for the start of the document (title, preamble). */
  id: string | null;
  /** Heading level (h2 → 2); 0 for the start of the document. */
  level: number;
  parent: Clause | null;
  /** Token range of the clause's own text: its heading and blocks, not its sub-clauses. */
  start: number;
  end: number;
  /** Tokens of the heading. */
  headEnd: number;
  /** Tokens of the heading's short title (after the marker; empty when the heading is a long sentence). */
  titleStart: number;
  titleEnd: number;
  /** The heading as printed ("4.3. Đối với cá nhân"). */
  heading: string;
  /** The heading without its marker ("Đối với cá nhân"); empty for a marker alone ("3.2."). */
  title: string;
  blocks: Block[];
}

export interface DocText {
  id: string;
  url: string;
  title: string;
  /** A page of facts about a document whose text the library does not have (not its words). */
  facts: boolean;
  /** Whitespace words of the text as printed (for excerpts). */
  words: string[];
  tokens: Tokens;
  clauses: Clause[];
  /** Clause index of every token. */
  clauseOf: Int32Array;
  /** Folded form → token positions, ascending. */
  postings: Map<string, number[]>;
  byId: Map<string, Clause>;
}

export interface Corpus {
  docs: DocText[];
  /** Folded form → written forms (tone keys) → occurrences, in every page. */
  vocabulary: Map<string, Map<string, number>>;
  /** The same, in the documents' own text only (not the pages of facts). */
  textVocabulary: Map<string, Map<string, number>>;
  /** A written form for each tone key, as printed (lower case). */
  spelling: Map<string, string>;
  /** Adjacent pairs of written forms ("kiem3 điem3") → occurrences; built on first use. */
  bigrams(): Map<string, number>;
  clauseCount: number;
  /** Folded form → number of clauses whose own text has it. */
  clauseFreq: Map<string, number>;
}

const HEADING = /^h[1-6]$/;
/** A clause marker as the first word(s) of a heading: "Điều 12.", "Chương II", "II.", "B.", "4.3.", "a)". */
const MARKER = /^(?:(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+[a-zđ]?[.:]?|(?:[IVXLC]+|[A-ZĐa-zđ]|\d+(?:\.\d+)*)\s*[.):\-–]+)\s*/u;
const SHORT_TITLE_WORDS = 14;

const docIdOf = (url: string) => decodeURIComponent(url.match(/\/van-ban\/([^/?#]+)/)?.[1] ?? url);

/** Parent of a clause by its id ("m-12-4-4_3" → "m-12-4"), or by heading level when the id says nothing. */
function findParent(clause: Clause, byId: Map<string, Clause>, previous: readonly Clause[]): Clause | null {
  if (clause.id?.startsWith('m-')) {
    for (let id = clause.id; id.lastIndexOf('-') > 1;) {
      id = id.slice(0, id.lastIndexOf('-'));
      const p = byId.get(id);
      if (p) return p;
    }
  }
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i]!;
    if (p.level > 0 && p.level < clause.level) return p;
  }
  return null;
}

export function buildDoc(f: PfFragment, facts = false): DocText {
  const words = f.content.split(/\s+/).filter(Boolean);
  const tokens = tokenize(words);
  // First token of each word (and of the end), so word locations map to token positions.
  const tokenAt = new Int32Array(words.length + 1).fill(tokens.length);
  for (let t = tokens.length - 1; t >= 0; t--) tokenAt[tokens.word[t]!] = t;
  for (let w = words.length - 1; w >= 0; w--) if (tokenAt[w]! > tokenAt[w + 1]!) tokenAt[w] = tokenAt[w + 1]!;
  const at = (word: number) => tokenAt[Math.min(Math.max(word, 0), words.length)]!;

  const doc: DocText = {
    id: docIdOf(f.url), url: f.url, title: f.meta?.title ?? f.url, facts, words, tokens,
    clauses: [], clauseOf: new Int32Array(tokens.length), postings: new Map(), byId: new Map(),
  };
  const anchors = [...(f.anchors ?? [])].sort((a, b) => a.location - b.location);
  const headings = anchors.filter((a) => HEADING.test(a.element));
  const others = anchors.filter((a) => !HEADING.test(a.element));
  let nextOther = 0;
  const starts = [0, ...headings.map((h) => h.location)];
  for (let i = 0; i < starts.length; i++) {
    const h = i > 0 ? headings[i - 1]! : null;
    const start = at(starts[i]!);
    const end = at(starts[i + 1] ?? words.length);
    const headWords = h ? h.text.split(/\s+/).filter(Boolean).length : 0;
    const headEnd = Math.min(end, at(starts[i]! + headWords));
    const heading = h?.text ?? '';
    const marker = heading.match(MARKER)?.[0] ?? '';
    let title = heading.slice(marker.length);
    if (title.split(/\s+/).length > SHORT_TITLE_WORDS) {
      const cut = title.search(/[:;.]/);
      title = cut > 0 && title.slice(0, cut).split(/\s+/).length <= SHORT_TITLE_WORDS ? title.slice(0, cut) : '';
    }
    const markerWords = marker.split(/\s+/).filter(Boolean).length;
    const titleStart = Math.min(headEnd, at(starts[i]! + markerWords));
    const titleEnd = Math.min(headEnd, at(starts[i]! + markerWords + title.split(/\s+/).filter(Boolean).length));
    const clause: Clause = {
      doc, index: i, id: h?.id ?? null, level: h ? Number(h.element.slice(1)) : 0, parent: null,
      start, end, headEnd, titleStart, titleEnd, heading, title: heading.slice(marker.length).trim(), blocks: [],
    };
    // Elements with an id inside the clause's own text (paragraphs, bullets…), in order.
    const blockAnchors: PfAnchor[] = [];
    const limit = starts[i + 1] ?? words.length;
    while (nextOther < others.length && others[nextOther]!.location < limit) {
      if (others[nextOther]!.location >= starts[i]!) blockAnchors.push(others[nextOther]!);
      nextOther += 1;
    }
    clause.blocks = blockAnchors.map((a, j) => ({ id: a.id, start: at(a.location), end: j + 1 < blockAnchors.length ? at(blockAnchors[j + 1]!.location) : end }));
    clause.parent = findParent(clause, doc.byId, doc.clauses);
    doc.clauses.push(clause);
    if (clause.id) doc.byId.set(clause.id, clause);
    doc.clauseOf.fill(i, start, end);
  }
  for (let i = 0; i < tokens.length; i++) {
    const list = doc.postings.get(tokens.fold[i]!);
    if (list) list.push(i); else doc.postings.set(tokens.fold[i]!, [i]);
  }
  return doc;
}

/** `facts(docId)`: the page holds facts about a document, not its text. */
export function buildCorpus(fragments: readonly PfFragment[], facts: (docId: string) => boolean = () => false): Corpus {
  const docs = fragments.map((f) => buildDoc(f, facts(docIdOf(f.url))));
  const vocabulary = new Map<string, Map<string, number>>();
  const textVocabulary = new Map<string, Map<string, number>>();
  const spelling = new Map<string, string>();
  const clauseFreq = new Map<string, number>();
  let clauseCount = 0;
  for (const d of docs) {
    const { fold, key, text } = d.tokens;
    for (const v of d.facts ? [vocabulary] : [vocabulary, textVocabulary]) {
      for (let i = 0; i < d.tokens.length; i++) {
        let forms = v.get(fold[i]!);
        if (!forms) v.set(fold[i]!, (forms = new Map()));
        forms.set(key[i]!, (forms.get(key[i]!) ?? 0) + 1);
      }
    }
    for (let i = 0; i < d.tokens.length; i++) if (!spelling.has(key[i]!)) spelling.set(key[i]!, text[i]!);
    for (const c of d.clauses) {
      clauseCount += 1;
      const seen = new Set<string>();
      for (let i = c.start; i < c.end; i++) seen.add(fold[i]!);
      for (const f of seen) clauseFreq.set(f, (clauseFreq.get(f) ?? 0) + 1);
    }
  }
  let bigrams: Map<string, number> | null = null;
  const pairs = () => {
    if (bigrams) return bigrams;
    bigrams = new Map();
    for (const d of docs) {
      const { key, stop } = d.tokens;
      for (let i = 0; i + 1 < d.tokens.length; i++) {
        if (stop[i]) continue;
        const k = `${key[i]} ${key[i + 1]}`;
        bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
      }
    }
    return bigrams;
  };
  return { docs, vocabulary, textVocabulary, spelling, bigrams: pairs, clauseCount, clauseFreq };
}
