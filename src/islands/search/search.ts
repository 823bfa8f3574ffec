// One search, from the typed query to what the page shows: references ("dieu 12 khoan 4") first,
// then clauses ranked by rank.ts, grouped by document, each with the status and regime badge of
// its document; words found in no document reported (never silently dropped), with a
// suggestion when a close word exists. Pure: the corpus and the catalog are passed in.
import type { Clause, Corpus, DocText } from './corpus.ts';
import type { Badge, Catalog } from './documents.ts';
import { matcherOf, planQuery, type Slot } from './query.ts';
import { rankClauses, type ClauseHit } from './rank.ts';
import { findReferences, type Target } from './references.ts';
import { suggestion } from './suggest.ts';
import { pathFromAnchor, pathLabel } from '../../lib/text-import/labels.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { queryWords } from './words.ts';


export interface Run { text: string; mark: boolean }

export interface Section {
  href: string;
  /** "Điều 12, khoản 4" / "Mục II › B › 5" / "Phần đầu văn bản". */
  label: string;
  /** The clause heading as printed (marker and title). */
  heading: string;
  excerpt: Run[];
  /** Shown first because the query named it ("Điều 12", "II.B.5", "QĐ 124"). */
  reference: boolean;
  score: number;
}

export interface Group {
  docId: string;
  url: string;
  title: string;
  badge: Badge | null;
  /** Sections shown at once, best first. */
  sections: Section[];
  /** Further matching sections of this document, shown on request. */
  more: Section[];
}

export interface Outcome {
  query: string;
  /** Typed words (lower case, NFC). */
  words: string[];
  /** Typed words found in no document. */
  missing: string[];
  /** The query as the texts would write it, when a missing word has a close match. */
  suggestion: string | null;
  /** Missing words the results were searched with a close word instead of ("vein" → "viên"):
   * the suggestion's words, when every missing word has one that fits. */
  corrections: Array<{ from: string; to: string }>;
  /** Results from the texts are for the found words only (some typed words are missing). */
  partial: boolean;
  /** Words missing from the texts are on the pages of facts listed. */
  inFacts: boolean;
  groups: Group[];
  /** Number of sections found (shown or not). */
  total: number;
  ms: number;
}

const EXCERPT_BEFORE = 8;
const EXCERPT_WORDS = 30;
/** Sections of one document listed before the next document's best one; at most this many. */
const MAX_SHOWN = 5;
/** Clauses turned into results (with excerpts); the rest are only counted. */
const MAX_SECTIONS = 60;

function present(vocabulary: Corpus['vocabulary'], slot: Slot): boolean {
  return slot.alts.some((a) => a.words.every((m) => {
    const forms = vocabulary.get(m.fold);
    return forms ? (!m.exact || forms.has(m.key)) : false;
  }));
}

/** The words of a clause around its best match, matched words marked. */
function excerpt(doc: DocText, clause: Clause, marks: readonly number[], focus: number): Run[] {
  const word = (t: number) => (t >= 0 && t < doc.tokens.length ? doc.tokens.word[t]! : undefined);
  const firstWord = word(clause.start) ?? 0;
  const lastWord = clause.end > clause.start ? word(clause.end - 1)! + 1 : firstWord;
  const bodyStart = clause.headEnd < clause.end ? word(clause.headEnd)! : lastWord;
  const center = Number.isFinite(focus) ? word(focus) ?? firstWord : firstWord;
  // Skip the heading (shown above the excerpt) unless the match is in it.
  const from = Math.max(center < bodyStart ? firstWord : bodyStart, center - EXCERPT_BEFORE);
  const to = Math.min(lastWord, from + EXCERPT_WORDS);
  const marked = new Set(marks.map((t) => doc.tokens.word[t]!));
  const runs: Run[] = [];
  if (from > firstWord && from > bodyStart) runs.push({ text: '… ', mark: false });
  for (let w = from; w < to; w++) {
    const text = doc.words[w]!;
    const sep = w + 1 < to ? ' ' : '';
    if (!marked.has(w)) { runs.push({ text: text + sep, mark: false }); continue; }
    // Mark the letters and digits, not the punctuation around them: "(nghỉ" → "(" + «nghỉ».
    const m = text.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u)!;
    if (m[1]) runs.push({ text: m[1], mark: false });
    runs.push({ text: m[2]!, mark: true });
    runs.push({ text: m[3]! + sep, mark: false });
  }
  if (to < lastWord) runs.push({ text: ' …', mark: false });
  // Merge neighbours of the same kind.
  return runs.filter((r) => r.text).reduce<Run[]>((out, r) => {
    const last = out[out.length - 1];
    if (last && last.mark === r.mark && !r.mark) last.text += r.text; else out.push({ ...r });
    return out;
  }, []);
}

function labelOf(clause: Clause): string {
  if (!clause.id) return 'Phần đầu văn bản';
  const path = pathFromAnchor(clause.doc.id, clause.id);
  return path ? pathLabel(clause.doc.id, path) : clause.heading || clause.id;
}

function href(doc: DocText, id: string | null, words: readonly string[]): string {
  const q = words.length ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(words.join(' '))}` : '';
  return `${doc.url}${q}${id ? `#${encodeURIComponent(id)}` : ''}`;
}

function section(hit: ClauseHit): Section {
  const { clause } = hit;
  const doc = clause.doc;
  const forms = [...new Set(hit.marks.map((t) => doc.tokens.text[t]!))];
  return {
    href: href(doc, hit.anchor, forms),
    label: labelOf(clause),
    heading: clause.title ? clause.heading : '',
    excerpt: excerpt(doc, clause, hit.marks, hit.focus),
    reference: false,
    score: hit.score,
  };
}

function referenceSection(corpus: Corpus, catalog: Catalog, t: Target): Section {
  const doc = corpus.docs.find((d) => d.id === t.doc);
  const clause = t.id ? doc?.byId.get(t.id) : undefined;
  const info = catalog.info(t.doc);
  // The clause named is opened with its heading marked (landing.ts marks only the heading when
  // every word passed is in it).
  const headingWords = clause ? queryWords(clause.heading) : [];
  const url = doc ? href(doc, t.id, headingWords) : info?.published ? `/van-ban/${t.doc}/` : `/van-ban/#${t.doc}`;
  const heading = clause?.heading ?? (t.id ? '' : info?.shortTitle ?? t.label);
  return {
    href: url,
    label: t.id ? t.label : 'Toàn văn bản',
    heading,
    excerpt: clause ? excerpt(clause.doc, clause, [], clause.headEnd) : [],
    reference: true,
    score: Infinity,
  };
}

/** Runs a query over the corpus. `now` is for timing only. */
export function search(corpus: Corpus, catalog: Catalog, query: string, now: () => number = () => performance.now()): Outcome {
  const t0 = now();
  const words = queryWords(query);
  const refs = findReferences(query, corpus, catalog);
  const slots = planQuery(refs.rest);
  // "In no document" means in no document's own text; the pages of facts about documents whose
  // text we lack are searched too, but they are not the documents' words.
  const inTexts = slots.filter((s) => present(corpus.textVocabulary, s));
  // Of a term not found ("hoàn thành nhiêm vụ"), only its words that are nowhere themselves ("nhiêm").
  const missing = slots.filter((s) => !inTexts.includes(s)).flatMap((s) => {
    if (s.typed.length < 2) return s.typed;
    const own = s.typed.filter((w) => !present(corpus.textVocabulary, { typed: [w], alts: [{ words: [matcherOf(w)], quality: 1 }] }));
    return own.length ? own : s.typed;
  });
  const restWords = queryWords(refs.rest);
  const missingSet = new Set<number>();
  missing.forEach((m) => { const i = restWords.indexOf(m); if (i >= 0) missingSet.add(i); });
  const suggested = missing.length ? suggestion(corpus, restWords, missingSet) : null;
  // A typo ("dang vein"): when every missing word has a close word of the texts that fits next
  // to the others, the results are for the query with those words, and the status says so; the
  // typed word is still reported as found nowhere.
  const corrections: Outcome['corrections'] = [];
  let planned = slots;
  const sw = suggested?.split(' ') ?? [];
  if (suggested && sw.length === restWords.length) {
    const fixed = planQuery(restWords.map((w, i) => (missingSet.has(i) ? sw[i]! : w)).join(' '));
    if (fixed.every((s) => present(corpus.textVocabulary, s))) {
      planned = fixed;
      missingSet.forEach((i) => corrections.push({ from: restWords[i]!, to: sw[i]! }));
    }
  }
  const found = planned.filter((s) => present(corpus.vocabulary, s));
  const nowhere = planned.length - found.length;
  // One word left out of two or three is too little to stand for the query ("khien trach" is not
  // "trach"): then nothing is listed, rather than look-alikes.
  const enough = (n: number, lost: number) => n >= 2 || (n === 1 && !lost);
  const staleness = (id: string) => catalog.badge(id)?.staleness ?? 0;
  const scope = refs.targets.length && found.length ? refs.targets : undefined;
  const textsEnough = corrections.length > 0 || enough(inTexts.length, missing.length);
  const hits = enough(found.length, nowhere)
    ? rankClauses(corpus, found, { staleness, scope }).filter((h) => h.clause.doc.facts || textsEnough)
    : [];

  // Groups by document, in the order of each document's best section.
  const byDoc = new Map<string, Section[]>();
  const pure = refs.targets.length > 0 && !found.length;
  if (pure || (refs.targets.length && !hits.some((h) => h.score >= 1000))) {
    // The full texts first (a fact page's "Điều 12" is a summary), then rules in force first.
    const published = (id: string) => (catalog.info(id)?.published === false ? 1 : 0);
    for (const t of [...refs.targets].sort((a, b) => published(a.doc) - published(b.doc) || staleness(a.doc) - staleness(b.doc))) {
      const list = byDoc.get(t.doc) ?? [];
      list.push(referenceSection(corpus, catalog, t));
      byDoc.set(t.doc, list);
    }
  }
  for (const h of hits.slice(0, MAX_SECTIONS)) {
    const list = byDoc.get(h.clause.doc.id) ?? [];
    if (list.some((s) => s.reference && s.href.split('#')[1] === (h.anchor ?? undefined))) continue;
    list.push(section(h));
    byDoc.set(h.clause.doc.id, list);
  }
  const ordered = [...byDoc.entries()].sort((a, b) => b[1][0]!.score - a[1][0]!.score);
  const groups: Group[] = ordered.map(([docId, sections], i) => {
    const doc = corpus.docs.find((d) => d.id === docId);
    const info = catalog.info(docId);
    const nextBest = ordered[i + 1]?.[1][0]?.score ?? -Infinity;
    let shown = 1;
    while (shown < Math.min(MAX_SHOWN, sections.length) && sections[shown]!.score >= nextBest) shown += 1;
    return {
      docId,
      url: doc?.url ?? (info?.published ? `/van-ban/${docId}/` : `/van-ban/#${docId}`),
      title: doc?.title ?? info?.shortTitle ?? docId,
      badge: catalog.badge(docId),
      sections: sections.slice(0, shown),
      more: sections.slice(shown),
    };
  });
  return {
    query, words, missing,
    suggestion: suggested,
    corrections,
    partial: missing.length > 0 && !corrections.length && hits.some((h) => !h.clause.doc.facts),
    inFacts: missing.length > 0 && !corrections.length && hits.some((h) => h.clause.doc.facts),
    groups,
    total: Math.max(hits.length, groups.reduce((n, g) => n + g.sections.length + g.more.length, 0)),
    ms: Math.round(now() - t0),
  };
}
