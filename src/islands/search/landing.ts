// Arriving from a search result (/van-ban/<doc>/?tim=<words>#<clause or block id>): the words
// the search matched are marked inside that clause or block, and the first of them is scrolled
// into view, so the reader lands on the sentence, not only on the heading. Loaded by the reader
// page only when the URL has the parameter (reader pages ship no search code otherwise).
//
// Why not Pagefind's pagefind-highlight.js: it marks every occurrence on the whole page with
// mark.js (≈ 44 KB), compares words with its own folding, and cannot tell "nghỉ" from "nghị";
// here the search passes the exact forms it matched and only the landed clause is marked.
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { toneKey } from './words.ts';
import './landing.css';

const WORD_RE = /[\p{L}\p{M}]+|\p{N}+/gu;

/** The element whose text the result matched: a block as it is, a clause heading with its own
 * text (not its sub-clauses), or the heading alone when every word passed is in it (a result
 * for a reference such as "dieu 12 khoan 4" passes the words of the heading it opens). */
function scopeOf(target: Element, keys: ReadonlySet<string>): Element[] {
  if (!/^H[1-6]$/.test(target.tagName)) return [target];
  const inHeading = new Set((target.textContent?.match(WORD_RE) ?? []).map(toneKey));
  if ([...keys].every((k) => inHeading.has(k))) return [target];
  const unit = target.closest('.unit');
  if (!unit) return [target];
  return [...unit.children].filter((c) => !c.classList.contains('unit'));
}

/** Wraps every word of `roots` whose tone key is in `keys` in <mark>; returns the marks. */
export function markWords(roots: readonly Element[], keys: ReadonlySet<string>): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('[data-pagefind-ignore], mark, button, .copy-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const text = node.data;
      const hits = [...text.matchAll(WORD_RE)].filter((m) => keys.has(toneKey(m[0])));
      if (!hits.length) continue;
      const frag = document.createDocumentFragment();
      let last = 0;
      for (const m of hits) {
        if (m.index > last) frag.append(text.slice(last, m.index));
        const mark = document.createElement('mark');
        mark.className = 'search-landing';
        mark.textContent = m[0];
        frag.append(mark);
        marks.push(mark);
        last = m.index + m[0].length;
      }
      if (last < text.length) frag.append(text.slice(last));
      node.replaceWith(frag);
    }
  }
  return marks;
}

/** Marks the words named in the URL inside the element the URL's fragment names. */
export function highlightFromUrl(): HTMLElement[] {
  const words = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  if (!words) return [];
  let id = location.hash.slice(1);
  try { id = decodeURIComponent(id); } catch { /* keep as written */ }
  const target = id ? document.getElementById(id) : document.querySelector('[data-pagefind-body]');
  if (!target) return [];
  const keys = new Set((words.match(WORD_RE) ?? []).map(toneKey));
  const marks = markWords(scopeOf(target, keys), keys);
  const first = marks[0];
  if (first) {
    const r = first.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) first.scrollIntoView({ block: 'center' });
    document.documentElement.dataset.searchLanded = String(marks.length);
  } else document.documentElement.dataset.searchLanded = '0';
  return marks;
}
