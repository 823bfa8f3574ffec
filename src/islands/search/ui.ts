// Search forms: the box in the header of every page (results in a panel under it) and the
// /tra-cuu/ page (full results). Loaded on demand by search-loader.ts, never before the user
// starts searching. Results are built with DOM nodes and text only: nothing from the index or
// the query is ever parsed as HTML.
import { loadPagefind, runSearch, type Outcome } from './engine.ts';
import { excerptRuns } from './query.ts';

const attached = new WeakSet<HTMLFormElement>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function excerptNode(excerpt: string): HTMLElement {
  const p = el('p', 'search-excerpt');
  for (const run of excerptRuns(excerpt)) p.append(run.mark ? el('mark', undefined, run.text) : document.createTextNode(run.text));
  return p;
}

const quoted = (ws: string[]) => ws.map((w) => `«${w}»`).join(', ');

/** Status line: what was found, and which words are not in any document. */
export function statusText(o: Outcome): string {
  const parts: string[] = [];
  if (o.missing.length) parts.push(`Không tìm thấy từ ${quoted(o.missing)} trong văn bản nào${o.missing.length < o.words.length ? ', đã tìm với các từ còn lại' : ''}.`);
  if (o.hits.length) parts.push(`Tìm thấy ${o.sections} mục trong ${o.hits.length} văn bản.`);
  else if (!o.missing.length || o.missing.length < o.words.length) parts.push('Không có kết quả nào chứa đủ các từ đã nhập.');
  return parts.join(' ');
}

function render(list: HTMLElement, o: Outcome, perDoc: number, query: string, compact: boolean): void {
  list.replaceChildren();
  for (const hit of o.hits) {
    const item = el('li', 'search-hit');
    const h = el(compact ? 'p' : 'h2', 'search-doc');
    const a = el('a', undefined, hit.title);
    a.href = hit.url;
    h.append(a);
    item.append(h);
    const secs = el('ul', 'search-sections');
    for (const s of hit.sections.slice(0, perDoc)) {
      const li = el('li');
      const link = el('a', 'search-section');
      link.href = s.url;
      link.append(el('span', 'search-label', s.label));
      if (s.heading && !s.label.includes(s.heading)) link.append(el('span', 'search-heading', s.heading.length > 120 ? `${s.heading.slice(0, 117)}…` : s.heading));
      li.append(link, excerptNode(s.excerpt));
      secs.append(li);
    }
    item.append(secs);
    if (hit.sections.length > perDoc) {
      const more = el('p', 'search-more');
      const m = el('a', undefined, `Xem thêm ${hit.sections.length - perDoc} mục khác trong văn bản này`);
      m.href = `/tra-cuu/?q=${encodeURIComponent(query)}`;
      more.append(m);
      item.append(more);
    }
    list.append(item);
  }
}

/** Wire one search form. Safe to call more than once. */
export function attach(form: HTMLFormElement): void {
  if (attached.has(form)) return;
  attached.add(form);
  const compact = form.dataset.searchForm === 'panel';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]') ?? document.querySelector<HTMLElement>(`#${form.dataset.searchResults}`)!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLElement>('[data-search-list]')!;
  const tag = form.dataset.pagefindTag ?? '';
  let seq = 0;
  let timer: number | undefined;

  const run = async (query: string) => {
    const mine = ++seq;
    if (query.trim().length < 2) { if (compact) panel.hidden = true; status.textContent = ''; list.replaceChildren(); return; }
    panel.hidden = false;
    status.textContent = 'Đang tìm…';
    try {
      const api = await loadPagefind(tag);
      const outcome = await runSearch(api, query, compact ? 5 : 20);
      if (mine !== seq) return; // a newer query is under way
      render(list, outcome, compact ? 3 : 8, query, compact);
      status.textContent = statusText(outcome);
      form.dataset.searchMs = String(outcome.ms);
      form.dataset.searchDone = query; // lets tests (and timings) know which query is on screen
      if (compact && outcome.hits.length) {
        const all = el('p', 'search-all');
        const a = el('a', undefined, `Xem tất cả kết quả cho «${query.trim()}»`);
        a.href = `/tra-cuu/?q=${encodeURIComponent(query.trim())}`;
        all.append(a);
        list.append(all);
      }
    } catch {
      if (mine === seq) status.textContent = 'Chưa tải được bộ tìm kiếm. Hãy tải lại trang khi có mạng một lần để dùng được khi không có mạng.';
    }
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void run(input.value), 200); });
  if (compact) {
    form.addEventListener('keydown', (e) => { if (e.key === 'Escape') { panel.hidden = true; input.focus(); } });
    form.addEventListener('focusout', (e) => { if (!form.contains(e.relatedTarget as Node | null)) panel.hidden = true; });
    input.addEventListener('focus', () => { if (list.childElementCount) panel.hidden = false; });
  } else {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', input.value.trim());
      history.replaceState(history.state, '', url);
      clearTimeout(timer);
      void run(input.value);
    });
  }
  if (input.value.trim()) void run(input.value);
}
