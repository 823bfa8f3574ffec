// Clause ranking. Every clause whose own text has a query word is scored, and the order is:
//   tier 4  the words as a phrase, in order, with the marks the user typed;
//   tier 3  all words, with the marks typed, close together in one sentence;
//   tier 2  all words, some only in the headings above the clause ("xếp loại" in
//           "2. Đánh giá, xếp loại chất lượng đảng viên", "đảng viên" in its sub-clause);
//   tier 1  some of the words;
// and inside a tier: how much of the query (by word rarity) it covers, adjacent word pairs,
// closeness, words in the clause's own marker and short title (never in a long first sentence),
// how often the words occur, and finally whether the rules are in force.
import type { Clause, Corpus, DocText } from './corpus.ts';
import { NEAR_QUALITY, type Alternative, type Matcher, type Slot } from './query.ts';
import { fold, toneKey } from './words.ts';

export interface ClauseHit {
  clause: Clause;
  tier: number;
  score: number;
  /** Element id to open: the block holding the best match, else the clause; null = top of the document. */
  anchor: string | null;
  /** Token positions of the matched words in the clause's own text. */
  marks: number[];
  /** Token position the excerpt is centred on. */
  focus: number;
}

export interface RankOptions {
  /** 0 = rules in force; higher = replaced longer ago. */
  staleness(docId: string): number;
  /** Clauses inside these are ranked first (a reference typed with words: "điều 12 kỷ luật"). */
  scope?: ReadonlyArray<{ doc: string; id: string | null }>;
}

interface Occ { pos: number; len: number; q: number; slot: number }

/** A word typed with marks that matches only without them ("nghị" for "nghỉ") counts this much. */
const FOLDED_ONLY = 0.4;
/** A word found only in a heading above the clause counts this much. */
const CONTEXT = 0.7;
/** Score a page of facts gives up against the documents' own texts (a tier is 100). */
const FACTS_PENALTY = 30;
/** Words that tie a question together ("kiểm điểm tại 2 nơi", "người đứng đầu có được…", "cần
 * bao nhiêu"): a clause that has every other word, close together, need not have these to rank as
 * having all words (tiers 3 and 2). They still count for coverage and the phrase. Never "không",
 * "chưa", "dưới", "trên": they change the meaning. Typed with marks, only these words are glue
 * ("độ" in "cấp độ" is not "đó"); typed without, any word folding to one of them is. */
const GLUE_WORDS = ['tại', 'ở', 'của', 'cho', 'thì', 'là', 'và', 'các', 'những', 'được', 'có', 'trong', 'khi', 'với', 'đối', 'về', 'theo', 'nào', 'này', 'đó', 'do', 'để', 'đến', 'ra', 'vào', 'phải', 'ai', 'gì', 'sang', 'khác', 'một', 'như', 'cần'];
const GLUE_KEYS = new Set(GLUE_WORDS.map(toneKey));
const GLUE_FOLDS = new Set(GLUE_WORDS.map(fold));
const isGlue = (m: Matcher) => (m.exact ? GLUE_KEYS.has(m.key) : GLUE_FOLDS.has(m.fold));

/** Which slots a clause must match to count as having all the words: all but the glue words and
 * the question words, when at least two others remain. */
function requiredSlots(slots: readonly Slot[]): boolean[] {
  const glue = slots.map((s) => !!s.optional || (s.typed.length === 1 && s.alts.length === 1 && isGlue(s.alts[0]!.words[0]!)));
  return glue.filter((g) => !g).length >= 2 ? glue.map((g) => !g) : slots.map(() => true);
}

function occurrences(doc: DocText, alt: Alternative, slot: number): Occ[] {
  const first = alt.words[0]!;
  const tk = doc.tokens;
  const out: Occ[] = [];
  for (const p of doc.postings.get(first.fold) ?? []) {
    let q = alt.quality;
    let ok = true;
    for (let j = 0; j < alt.words.length && ok; j++) {
      const m = alt.words[j]!;
      if (p + j >= tk.length || tk.fold[p + j] !== m.fold || (j > 0 && tk.stop[p + j - 1])) ok = false;
      else if (m.exact ? tk.key[p + j] !== m.key : m.readings && !m.readings.has(tk.key[p + j]!)) q = Math.min(q, FOLDED_ONLY * alt.quality);
    }
    if (!ok) continue;
    if (alt.notAfter && p > 0 && !tk.stop[p - 1] && alt.notAfter.includes(tk.fold[p - 1]!)) continue;
    out.push({ pos: p, len: alt.words.length, q, slot });
  }
  return out;
}

/** BM25 inverse document frequency over clauses. */
function idf(corpus: Corpus, slot: Slot): number {
  const n = corpus.clauseCount;
  // A phrase alternative is as rare as its rarest word; the slot as its commonest alternative,
  // among those that count fully when the texts have one ("tối đa" is as rare as "tối đa", not
  // as its near phrasing "không quá").
  const dfOf = (a: Alternative) => Math.min(...a.words.map((w) => corpus.clauseFreq.get(w.fold) ?? 0));
  const full = slot.alts.filter((a) => a.quality >= 1 && dfOf(a) > 0);
  const df = Math.max(0, ...(full.length ? full : slot.alts).map(dfOf));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Shortest stretch of text holding one occurrence of each slot that occurs in `occs`. */
function minWindow(occs: readonly Occ[]): { start: number; end: number; slots: number; words: number } | null {
  const need = new Set(occs.map((o) => o.slot)).size;
  if (!need) return null;
  const sorted = [...occs].sort((a, b) => a.pos - b.pos);
  const have = new Map<number, number>();
  let best: { start: number; end: number; lo: number; hi: number } | null = null;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    const o = sorted[hi]!;
    have.set(o.slot, (have.get(o.slot) ?? 0) + 1);
    while (have.size === need) {
      const a = sorted[lo]!;
      const end = o.pos + o.len;
      if (!best || end - a.pos < best.end - best.start) best = { start: a.pos, end, lo, hi };
      const c = have.get(a.slot)! - 1;
      if (c) have.set(a.slot, c); else have.delete(a.slot);
      lo += 1;
    }
  }
  if (!best) return null;
  // Words the matched slots take up inside the window (a long form counts all its words).
  const len = new Map<number, number>();
  for (const o of sorted.slice(best.lo, best.hi + 1)) len.set(o.slot, Math.max(len.get(o.slot) ?? 0, o.len));
  return { start: best.start, end: best.end, slots: need, words: [...len.values()].reduce((x, y) => x + y, 0) };
}

/** Side by side in the texts this many times, two typed words are read as the texts write them there. */
const MIN_PAIRS = 2;
const DIGITS = /^\d+$/;

/**
 * The readings of words typed without marks, from the word typed next to them: where the texts
 * have the two words side by side ("chi bo" → "chi bộ", "ky luat" → "kỷ luật", "ngay ky" → "ngày
 * ký", "ky danh gia" → "kỳ đánh"; never beside a number), a word typed without marks means one of
 * the written forms found there, and its other forms ("chỉ", "chí"; "kỹ") count as a word typed
 * with the wrong marks. Only the words typed (not a term's other phrasings); a word typed with
 * marks keeps its own. One pass over the postings of each typed word: no index of pairs.
 */
export function withReadings(corpus: Corpus, slots: readonly Slot[]): Slot[] {
  const single = (s: Slot) => (s.typed.length === 1 && s.alts[0]!.words.length === 1 ? s.alts[0]!.words[0]! : null);
  const readings: Array<Set<string> | null> = slots.map(() => null);
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = single(slots[i]!);
    const b = single(slots[i + 1]!);
    // Numbers say nothing about the word next to them ("muc 3" is "mục 3" or "mức 3").
    if (!a || !b || (a.exact && b.exact) || DIGITS.test(a.fold) || DIGITS.test(b.fold)) continue;
    const ka = new Set<string>();
    const kb = new Set<string>();
    let pairs = 0;
    for (const d of corpus.docs) {
      if (d.facts) continue;
      const t = d.tokens;
      for (const p of d.postings.get(a.fold) ?? []) {
        if (p + 1 >= t.length || t.stop[p] || t.fold[p + 1] !== b.fold) continue;
        if ((a.exact && t.key[p] !== a.key) || (b.exact && t.key[p + 1] !== b.key)) continue;
        ka.add(t.key[p]!); kb.add(t.key[p + 1]!); pairs += 1;
      }
    }
    if (pairs < MIN_PAIRS) continue;
    if (!a.exact) readings[i] = new Set([...(readings[i] ?? []), ...ka]);
    if (!b.exact) readings[i + 1] = new Set([...(readings[i + 1] ?? []), ...kb]);
  }
  return slots.map((s, i) => {
    const r = readings[i];
    if (!r) return s;
    const [typed, ...rest] = s.alts;
    return { ...s, alts: [{ ...typed!, words: [{ ...typed!.words[0]!, readings: r }] }, ...rest] };
  });
}

export function rankClauses(corpus: Corpus, typedSlots: readonly Slot[], opts: RankOptions): ClauseHit[] {
  const n = typedSlots.length;
  if (!n) return [];
  const slots = withReadings(corpus, typedSlots);
  const w = slots.map((s) => idf(corpus, s));
  const wSum = w.reduce((a, b) => a + b, 0) || 1;
  const pairW = slots.slice(1).map((_, i) => w[i]! + w[i + 1]!);
  const pairSum = pairW.reduce((a, b) => a + b, 0) || 1;
  const avgLen = corpus.docs.reduce((s, d) => s + d.tokens.length, 0) / Math.max(1, corpus.clauseCount);
  const required = requiredSlots(slots);
  const nRequired = required.filter(Boolean).length;
  const hits: ClauseHit[] = [];

  for (const doc of corpus.docs) {
    const fresh = 1 - Math.min(2, opts.staleness(doc.id)) / 2;
    const scoped = opts.scope?.filter((s) => s.doc === doc.id);
    // Occurrences of every slot, grouped by clause.
    const byClause = new Map<number, Occ[]>();
    slots.forEach((slot, s) => {
      for (const alt of slot.alts) {
        for (const o of occurrences(doc, alt, s)) {
          const c = doc.clauseOf[o.pos]!;
          const list = byClause.get(c);
          if (list) list.push(o); else byClause.set(c, [o]);
        }
      }
    });
    // Words (and adjacent pairs) in each clause's short title, for the clause and its sub-clauses.
    const titleHits = new Map<number, { q: Float64Array; pairs: Uint8Array; precision: number }>();
    for (const [ci, occs] of byClause) {
      const c = doc.clauses[ci]!;
      const inTitle = occs.filter((o) => o.pos >= c.titleStart && o.pos + o.len <= c.titleEnd);
      if (!inTitle.length) continue;
      const q = new Float64Array(n);
      for (const o of inTitle) q[o.slot] = Math.max(q[o.slot]!, o.q);
      const pairs = new Uint8Array(Math.max(0, n - 1));
      for (const a of inTitle) for (const b of inTitle) if (b.slot === a.slot + 1 && b.pos === a.pos + a.len) pairs[a.slot] = 1;
      // Share of the title's words that the query matched: "Hoàn thành xuất sắc nhiệm vụ" is all
      // HTXSNV; "Đối với tổ chức, cơ quan, đơn vị" is barely "đơn vị".
      const covered = new Set(inTitle.flatMap((o) => Array.from({ length: o.len }, (_, j) => o.pos + j))).size;
      titleHits.set(ci, { q, pairs, precision: covered / Math.max(1, c.titleEnd - c.titleStart) });
    }

    for (const [ci, occs] of byClause) {
      const c = doc.clauses[ci]!;
      const own = new Float64Array(n);
      const freq = new Float64Array(n);
      for (const o of occs) { own[o.slot] = Math.max(own[o.slot]!, o.q); freq[o.slot] += 1; }
      const ctx = new Float64Array(n);
      const ctxPairs = new Uint8Array(Math.max(0, n - 1));
      for (let a = c.parent; a; a = a.parent) {
        const t = titleHits.get(a.index);
        if (!t) continue;
        for (let s = 0; s < n; s++) ctx[s] = Math.max(ctx[s]!, t.q[s]! * CONTEXT);
        t.pairs.forEach((v, i) => { if (v) ctxPairs[i] = 1; });
      }
      const m = own.map((v, s) => Math.max(v, ctx[s]!));
      const coverage = m.reduce((sum, v, s) => sum + v * w[s]!, 0) / wSum;

      // Adjacent pairs in the clause's own text (not across a sentence end).
      const starts = new Map<number, Occ[]>();
      for (const o of occs) { const l = starts.get(o.pos); if (l) l.push(o); else starts.set(o.pos, [o]); }
      const pairs = new Uint8Array(Math.max(0, n - 1));
      for (const o of occs) {
        if (o.slot >= n - 1 || doc.tokens.stop[o.pos + o.len - 1]) continue;
        if (starts.get(o.pos + o.len)?.some((b) => b.slot === o.slot + 1)) pairs[o.slot] = 1;
      }
      const pairScore = n > 1 ? pairW.reduce((sum, pw, i) => sum + (pairs[i] || ctxPairs[i] ? pw : 0), 0) / pairSum : own[0]! > 0 ? 1 : 0;

      // The whole query as a phrase, every word with the marks typed.
      let phrase = n > 1;
      let reach = new Set<number>();
      for (let s = 0; s < n && phrase; s++) {
        const next = new Set<number>();
        for (const o of occs) {
          if (o.slot !== s || o.q < 1) continue;
          if (s === 0 || (reach.has(o.pos) && !doc.tokens.stop[o.pos - 1])) next.add(o.pos + o.len);
        }
        reach = next;
        if (!reach.size) phrase = false;
      }

      const exactOwn = occs.filter((o) => o.q >= 1);
      const win = minWindow(exactOwn);
      let compact = n > 1 ? 0 : 1;
      if (win && win.slots >= 2) compact = Math.min(1, win.words / (win.end - win.start)) * (win.slots / n);
      // The words that must be there, close together in one sentence.
      const winRequired = nRequired === n ? win : minWindow(exactOwn.filter((o) => required[o.slot]));
      let near = false;
      if (winRequired && winRequired.slots >= 2 && winRequired.slots === nRequired) {
        let stops = 0;
        for (let t = winRequired.start; t < winRequired.end - 1; t++) if (doc.tokens.stop[t]) stops += 1;
        near = stops === 0 && winRequired.end - winRequired.start <= 2 * winRequired.words + 3;
      }
      const allOwnExact = own.every((v, s) => v >= 1 || !required[s]);
      const all = m.every((v, s) => v > 0 || !required[s]);
      // Close together counting the headings above: the words not in those headings are close in
      // one sentence of the clause ("4.2. Đối với tập thể lãnh đạo, quản lý" › "a) … mất đoàn
      // kết nội bộ" for "tập thể lãnh đạo mất đoàn kết nội bộ").
      // A near phrasing in a heading counts too ("sử dụng" in "Thông báo và sử dụng kết quả" for "dùng"),
      // and so does the clause's own short title ("b) Hoàn thành tốt nhiệm vụ" › "… chi bộ phải có
      // 90% đảng viên …" for "chi bộ HTTNV cần bao nhiêu đảng viên").
      const title = titleHits.get(ci);
      // The title counts only when it is mostly query words (not "đơn vị" of "Đối với tổ chức, cơ quan, đơn vị").
      const ownTitle = title && title.precision >= 0.5 ? title.q : null;
      const fromHeadings = slots.map((_, s) => ctx[s]! >= CONTEXT * NEAR_QUALITY || (ownTitle?.[s] ?? 0) >= NEAR_QUALITY);
      let nearWithHeadings = false;
      if (fromHeadings.some(Boolean) && !fromHeadings.every(Boolean)) {
        const rest = exactOwn.filter((o) => !fromHeadings[o.slot] && required[o.slot]);
        const need = fromHeadings.filter((v, s) => !v && required[s]).length;
        const rw = minWindow(rest);
        if (rw && rw.slots === need) {
          let stops = 0;
          for (let t = rw.start; t < rw.end - 1; t++) if (doc.tokens.stop[t]) stops += 1;
          nearWithHeadings = need === 1 || (stops === 0 && rw.end - rw.start <= 2 * rw.words + 3);
        }
      }
      // The headings alone say it: the clause's short title is mostly query words and the other
      // words are in the headings above ("HTXSNV" › under "Tiêu chí xếp loại" › under "… đảng viên").
      const titleShare = title ? title.q.reduce((sum, v, s) => sum + v * w[s]!, 0) / wSum : 0;
      const titleScore = title ? titleShare * title.precision : 0;
      const byHeadings = !!title && title.precision >= 0.5 && slots.every((_, s) => title.q[s]! > 0 || ctx[s]! > 0 || !required[s]);
      if (byHeadings) compact = 1;
      const tier = (n === 1 ? own[0]! >= 1 : phrase) ? 4 : (allOwnExact && near) || byHeadings || nearWithHeadings ? 3 : all ? 2 : 1;
      const len = c.end - c.start;
      const tf = freq.reduce((sum, f, s) => sum + (w[s]! * f) / (f + 1.2 * (0.25 + 0.75 * len / avgLen)), 0) / wSum;
      const inScope = scoped?.some((s) => s.id === null || c.id === s.id || (c.id?.startsWith(`${s.id}-`) ?? false)) ?? false;

      // A page of facts (summaries of a text we lack) comes after the texts that match as well.
      const score = (inScope ? 1000 : 0) - (doc.facts ? FACTS_PENALTY : 0) + tier * 100 + 40 * coverage + 20 * pairScore + 10 * compact + 25 * titleScore + 8 * tf + 6 * fresh;

      // Link to the block with the most matched words (the first on a tie), else to the clause.
      const focus = win ? win.start : occs.reduce((a, o) => Math.min(a, o.pos), Infinity);
      let anchor = c.id;
      if (c.blocks.length) {
        const inBlock = c.blocks.map((b) => new Set(occs.filter((o) => o.pos >= b.start && o.pos < b.end).map((o) => o.slot)).size);
        const k = inBlock.map((size, i) => size + (focus >= c.blocks[i]!.start && focus < c.blocks[i]!.end ? 0.5 : 0));
        let best = -1;
        for (const [i, v] of k.entries()) if (v > best) { best = v; anchor = c.blocks[i]!.id; }
        // No block has every word but two in a row do (a list's lead-in and its item: "Các chủ thể
        // … tham gia đánh giá … gồm:" + "Đối với chi bộ trực thuộc …: … Ủy ban MTTQ"): one of those
        // two, the item when it has as many of the words (it completes the lead-in).
        if (win && win.slots === n && Math.max(...inBlock) < n) {
          const i = c.blocks.findIndex((b) => win.start >= b.start && win.start < b.end);
          if (i >= 0 && i + 1 < c.blocks.length && win.end > c.blocks[i]!.end && win.end <= c.blocks[i + 1]!.end) {
            anchor = c.blocks[inBlock[i + 1]! >= inBlock[i]! ? i + 1 : i]!.id;
          }
        }
        if (focus < c.blocks[0]!.start) anchor = c.id;
      }
      const marks = [...new Set(occs.flatMap((o) => Array.from({ length: o.len }, (_, j) => o.pos + j)))].sort((a, b) => a - b);
      hits.push({ clause: c, tier, score, anchor, marks, focus });
    }
  }
  return hits.sort((a, b) => b.score - a.score);
}
