// Clause text in place, offline: the reader page of the document (precached by the service
// worker) is fetched once, parsed with DOMParser, and the clause is found by the id its heading
// carries (anchorId of src/lib/citation-link.ts). Only textContent is taken — the text is shown
// as text, never as HTML.
//
// The deciding sentence (decidingBlock): inside the cited clause, the block (paragraph or bullet,
// `[data-block]`, contract B) whose text holds the rule's words. A rule's words are quoted or
// closely paraphrased, so the match is by shared words, not by equal strings. The block is shown
// whole and linked by its own anchor, so the library opens at that sentence.
const pages = new Map<string, Promise<Document>>();

/** Longest preview of a whole clause, in characters (the full text is one tap away in the library). */
export const PREVIEW_MAX = 1500;

function page(url: string, fetcher: typeof fetch): Promise<{ doc: Promise<Document>; id: string; path: string }> {
  const hashAt = url.indexOf('#');
  const path = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const id = hashAt >= 0 ? decodeURIComponent(url.slice(hashAt + 1)) : '';
  let doc = pages.get(path);
  if (!doc) {
    doc = fetcher(path).then(async (r) => {
      if (!r.ok) throw new Error(`không tải được văn bản (mã ${r.status})`);
      return new DOMParser().parseFromString(await r.text(), 'text/html');
    });
    pages.set(path, doc);
    doc.catch(() => pages.delete(path));
  }
  return Promise.resolve({ doc, id, path });
}

const textOf = (el: Element) => {
  const c = el.cloneNode(true) as Element;
  for (const n of c.querySelectorAll('.copy-link, [data-copy-link], sup.fn, .fn-ref')) n.remove();
  return (c.textContent ?? '').replace(/\s+/g, ' ').trim();
};

export async function clauseText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  const { doc, id } = await page(url, fetcher);
  const d = await doc;
  const head = id ? d.getElementById(id) : d.querySelector('h1');
  if (!head) throw new Error('không tìm thấy mục này trong văn bản');
  // The heading's unit holds the clause and everything under it.
  const text = textOf(head.closest('.unit') ?? head);
  return text.length > PREVIEW_MAX ? `${text.slice(0, text.lastIndexOf(' ', PREVIEW_MAX))} …` : text;
}

/** Words of a text for matching: lower case, no punctuation or quotes, đ kept. */
export function wordsOf(s: string): string[] {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}%]+/gu, ' ').trim().split(' ').filter((w) => w.length > 0);
}

/**
 * How much of `words` a block holds: the share of the words' distinct words found in it, with the
 * whole phrase found verbatim counting as 1.
 */
export function coverage(words: string, block: string): number {
  const w = wordsOf(words), b = wordsOf(block);
  if (!w.length) return 0;
  if (` ${b.join(' ')} `.includes(` ${w.join(' ')} `)) return 1;
  const have = new Set(b);
  const uniq = [...new Set(w)];
  return uniq.filter((x) => have.has(x)).length / uniq.length;
}

/** A block must hold at least this share of the rule's words to be called its sentence. */
export const MIN_COVERAGE = 0.6;

export interface DecidingBlock {
  /** The block's whole text. */
  text: string;
  /** Reader link to the block (its own anchor), or to the clause when no block matched. */
  href: string;
  /** Whether a block of the clause holds the words (else `text` is the clause's own text). */
  found: boolean;
}

/**
 * The block of the cited clause (its own blocks first, then those of its sub-clauses) that holds
 * the rule's words best. When none holds enough of them, the clause's own text, whole.
 */
export async function decidingBlock(url: string, words: string, fetcher: typeof fetch = fetch): Promise<DecidingBlock> {
  const { doc, id, path } = await page(url, fetcher);
  const d = await doc;
  const head = id ? d.getElementById(id) : null;
  const unit = head?.closest('.unit');
  if (!head || !unit) throw new Error('không tìm thấy mục này trong văn bản');
  const blocks = [...unit.querySelectorAll('[data-block]')];
  const own = blocks.filter((b) => b.closest('.unit') === unit);
  let best: { el: Element; score: number } | null = null;
  for (const list of [own, blocks]) {
    for (const el of list) {
      const score = coverage(words, textOf(el));
      if (!best || score > best.score) best = { el, score };
    }
    if (best && best.score >= MIN_COVERAGE) break;
  }
  if (best && best.score >= MIN_COVERAGE && best.el.id) return { text: textOf(best.el), href: `${path}#${best.el.id}`, found: true };
  return { text: own.map(textOf).join(' ') || textOf(unit), href: url, found: false };
}
