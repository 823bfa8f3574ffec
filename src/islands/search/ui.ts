// Search forms: the box in the header of every page (results in a panel under it) and the
// /tra-cuu/ page (full results). Both show the same ranking; the panel shows less of it. Loaded
// on demand by search-loader.ts, never before the user starts searching. Results are built with
// DOM nodes and text only: nothing from the index or the query is ever parsed as HTML.
import { loadEngine } from './engine.ts';
import type { Group, Outcome, Section } from './search.ts';

const attached = new WeakSet<HTMLFormElement>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const searchUrl = (q: string) => `/tra-cuu/?q=${encodeURIComponent(q)}`;

function sectionItem(s: Section): HTMLLIElement {
  const li = el('li', s.reference ? 'search-ref' : undefined);
  const link = el('a', 'search-section');
  link.href = s.href;
  link.append(el('span', 'search-label', s.reference ? `Đi thẳng đến: ${s.label}` : s.label));
  if (s.heading && s.heading !== s.label) link.append(el('span', 'search-heading', s.heading.length > 140 ? `${s.heading.slice(0, 137)}…` : s.heading));
  li.append(link);
  if (s.excerpt.length) {
    const p = el('p', 'search-excerpt');
    for (const run of s.excerpt) p.append(run.mark ? el('mark', undefined, run.text) : document.createTextNode(run.text));
    li.append(p);
  }
  return li;
}

function groupItem(g: Group, compact: boolean, query: string): HTMLLIElement {
  const item = el('li', 'search-hit');
  const h = el(compact ? 'p' : 'h2', 'search-doc');
  const a = el('a', undefined, g.title);
  a.href = g.url;
  h.append(a);
  item.append(h);
  if (g.badge) {
    const badges = el('p', 'search-badges');
    badges.append(el('span', `search-badge ${g.badge.inForce ? 'search-badge--in-force' : 'search-badge--superseded'}`, g.badge.status),
      el('span', 'search-regime', g.badge.regime));
    if (g.badge.factsOnly) badges.append(el('span', 'search-facts', 'Chỉ có tóm tắt, chưa có toàn văn'));
    item.append(badges);
  }
  const list = el('ul', 'search-sections');
  const shown = compact ? g.sections.slice(0, 2) : g.sections;
  list.append(...shown.map(sectionItem));
  item.append(list);
  const rest = [...(compact ? g.sections.slice(2) : []), ...g.more];
  if (rest.length) {
    const more = el('p', 'search-more');
    if (compact) {
      const m = el('a', undefined, `Xem thêm ${rest.length} mục khác trong văn bản này`);
      m.href = searchUrl(query);
      more.append(m);
    } else {
      const b = el('button', undefined, `Xem thêm ${rest.length} mục khác trong văn bản này`);
      b.type = 'button';
      b.addEventListener('click', () => { list.append(...rest.map(sectionItem)); more.remove(); });
      more.append(b);
    }
    item.append(more);
  }
  return item;
}

const quoted = (ws: readonly string[]) => ws.map((w) => `«${w}»`).join(', ');

/** The status line: what was found, the words in no document, and a suggestion. */
export function statusNodes(o: Outcome): Node[] {
  const out: Node[] = [];
  const text = (s: string) => out.push(document.createTextNode(s));
  if (o.missing.length) {
    text(`Không tìm thấy ${quoted(o.missing)} trong văn bản nào.`);
    if (o.inFacts) text(' Có trong ghi chép về văn bản chưa có toàn văn, liệt kê dưới đây.');
    if (o.partial) text(' Kết quả trong các văn bản chỉ chứa các từ còn lại.');
    if (o.corrections.length) text(` Kết quả dưới đây tìm với ${o.corrections.map((c) => `«${c.to}» thay cho «${c.from}»`).join(', ')}.`);
  }
  const refs = o.groups.flatMap((g) => g.sections).filter((s) => s.reference).length;
  if (o.total) text(`${out.length ? ' ' : ''}Tìm thấy ${o.total} mục trong ${o.groups.length} văn bản${refs ? ', đứng đầu là mục được nêu trong câu tìm' : ''}.`);
  else if (!o.missing.length) text('Không có mục nào chứa các từ đã nhập.');
  else if (o.missing.length < o.words.length) text(' Không có mục nào chứa cả cụm từ đã nhập.');
  if (o.suggestion) {
    text(' Có phải bạn muốn tìm ');
    const a = el('a', undefined, `«${o.suggestion}»`);
    a.href = searchUrl(o.suggestion);
    out.push(a);
    text('?');
  }
  return out;
}

function render(list: HTMLElement, o: Outcome, compact: boolean): void {
  const groups = compact ? o.groups.slice(0, 5) : o.groups;
  list.replaceChildren(...groups.map((g) => groupItem(g, compact, o.query)));
  if (compact && o.total) {
    const all = el('li', 'search-all');
    const a = el('a', undefined, `Xem tất cả kết quả cho «${o.query.trim()}»`);
    a.href = searchUrl(o.query.trim());
    all.append(a);
    list.append(all);
  }
}

/** The only target of a query that is nothing but a reference ("dieu 12 khoan 4"), if any. */
function singleReference(o: Outcome): string | null {
  const sections = o.groups.flatMap((g) => [...g.sections, ...g.more]);
  const refs = sections.filter((s) => s.reference);
  return refs.length === 1 && sections.length === 1 ? refs[0]!.href : null;
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
  let last: Outcome | null = null;

  // Start loading the index now (focus or typing brought us here), as Pagefind's own UI does.
  const engine = loadEngine(tag);
  engine.then((e) => { form.dataset.searchReady = String(e.loadMs); }, () => {});

  const finish = (query: string, started: number) => {
    form.dataset.searchMs = String(Math.round(performance.now() - started));
    form.dataset.searchDone = query; // lets tests (and timings) know which query is on screen
  };

  const run = async (query: string) => {
    const mine = ++seq;
    const started = performance.now();
    status.setAttribute('data-search-missing', '');
    if (query.trim().length < 2) {
      if (compact) panel.hidden = true;
      status.textContent = query.trim() ? 'Gõ ít nhất 2 ký tự để tìm.' : '';
      list.replaceChildren();
      last = null;
      finish(query, started);
      return;
    }
    panel.hidden = false;
    try {
      if (!form.dataset.searchReady) status.textContent = 'Đang tải bộ tìm kiếm…';
      const e = await loadEngine(tag);
      if (mine !== seq) return; // a newer query is under way
      const o = e.search(query);
      last = o;
      render(list, o, compact);
      status.replaceChildren(...statusNodes(o));
      status.setAttribute('data-search-missing', o.missing.join(' '));
      finish(query, started);
    } catch {
      if (mine !== seq) return;
      list.replaceChildren();
      status.textContent = 'Chưa tải được bộ tìm kiếm. Hãy tải lại trang khi có mạng một lần để dùng được khi không có mạng.';
      form.dataset.searchError = 'load';
      finish(query, started);
    }
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void run(input.value), 150); });
  if (compact) {
    form.addEventListener('keydown', (e) => { if (e.key === 'Escape') { panel.hidden = true; input.focus(); } });
    form.addEventListener('focusout', (e) => { if (!form.contains(e.relatedTarget as Node | null)) panel.hidden = true; });
    input.addEventListener('focus', () => { if (list.childElementCount) panel.hidden = false; });
    // Enter on a bare reference ("dieu 12 khoan 4") opens it; anything else goes to /tra-cuu/.
    form.addEventListener('submit', (e) => {
      const target = last && last.query === input.value ? singleReference(last) : null;
      if (target) { e.preventDefault(); location.assign(target); }
    });
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
