// Where the reader is: a bar at the top of the text shows the clause being read with the chain of
// clauses it sits in ("Điều 12 › 4. Không hoàn thành nhiệm vụ › 4.3. Đối với cá nhân"), its
// status (the banner of its article in a superseded text, the period of a plan), and links to the
// previous and next clause; the contents beside the text open down to that clause, at every
// level. Browser code, no dependencies; the static page works without it.

const headOf = (unit: Element) => unit.querySelector<HTMLElement>(':scope > .unit-row > :first-child');
const label = (unit: Element, max = 48) => {
  const t = (headOf(unit)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, t.lastIndexOf(' ', max))} …` : t;
};
const parentUnit = (unit: Element) => unit.parentElement?.closest('.unit') ?? null;
/** The clause and the clauses it sits in, outermost first; chapters are not part of a citation, so not of the chain. */
const chainOf = (unit: Element) => {
  const out: Element[] = [];
  for (let u: Element | null = unit; u; u = parentUnit(u)) if (!u.classList.contains('unit--chuong')) out.unshift(u);
  return out;
};
const childUnits = (unit: Element) => [...unit.children].filter((c) => c.classList.contains('unit'));

function link(unit: Element, text = label(unit)): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `#${headOf(unit)?.id ?? ''}`;
  a.textContent = text;
  return a;
}

/** The next clause in reading order at the same level or above (next sibling, else the parent's next sibling…). */
function neighbour(unit: Element, dir: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  for (let u: Element | null = unit; u; u = parentUnit(u)) {
    for (let s = u[dir]; s; s = s[dir]) if (s.classList.contains('unit')) return s;
  }
  return null;
}

export function followReader(): void {
  const bar = document.querySelector<HTMLElement>('.context-bar');
  if (!bar || !document.querySelector('.doc-body .unit-row')) return;
  const crumbs = bar.querySelector('ol')!;
  const status = bar.querySelector<HTMLElement>('.context-status')!;
  const prev = bar.querySelector<HTMLElement>('.context-prev')!;
  const next = bar.querySelector<HTMLElement>('.context-next')!;
  const docStatus = document.querySelector('[data-doc-status]')?.textContent ?? '';
  const toc = document.querySelector('.toc');
  let current: Element | null = null;

  // The bar keeps one height (one line each for the chain, the status and the neighbours), so
  // what it shows never moves the text under the reader.
  bar.hidden = false;
  document.documentElement.style.setProperty('--context-bar', `${bar.offsetHeight}px`);

  const render = (unit: Element | null) => {
    if (unit === current) return;
    current = unit;
    if (!unit) {
      crumbs.replaceChildren();
      status.textContent = docStatus;
      prev.replaceChildren();
      next.replaceChildren();
      return;
    }
    const chain = chainOf(unit);
    crumbs.replaceChildren(...chain.map((u, i) => {
      const li = document.createElement('li');
      const last = i === chain.length - 1;
      const a = link(u, label(u, last ? 48 : 28));
      if (last) a.setAttribute('aria-current', 'location');
      li.append(a);
      return li;
    }));
    crumbs.scrollLeft = crumbs.scrollWidth;
    // The banner of the nearest article that has one (superseded texts), else the document's status.
    const banner = [...chain].reverse().map((u) => u.querySelector(':scope > .clause-status')).find(Boolean);
    status.textContent = banner?.textContent ?? docStatus;
    status.title = status.textContent;
    for (const [el, dir, text] of [[prev, 'previousElementSibling', '‹ '], [next, 'nextElementSibling', '› ']] as const) {
      const n = neighbour(unit, dir);
      el.replaceChildren(...(n ? [link(n, `${text}${label(n)}`)] : []));
    }
    followContents(chain);
  };

  // The contents open down to the clause being read: below the deepest entry they already list,
  // the clauses of each level of the chain, the one being read marked.
  const followContents = (chain: Element[]) => {
    if (!toc) return;
    toc.querySelector('.toc-live')?.remove();
    toc.querySelector('[aria-current]')?.removeAttribute('aria-current');
    let at = -1;
    let entry: HTMLAnchorElement | null = null;
    chain.forEach((u, i) => {
      const a = toc.querySelector<HTMLAnchorElement>(`a[href="#${headOf(u)?.id}"]`);
      if (a) { at = i; entry = a; }
    });
    if (!entry) return;
    const anchor: HTMLAnchorElement = entry;
    anchor.setAttribute('aria-current', 'location');
    const deeper = (unit: Element, depth: number): HTMLOListElement | null => {
      const kids = childUnits(unit);
      if (!kids.length) return null;
      const ol = document.createElement('ol');
      for (const k of kids) {
        const li = document.createElement('li');
        const a = link(k);
        li.append(a);
        if (chain[depth] === k) {
          a.setAttribute('aria-current', 'location');
          const sub = deeper(k, depth + 1);
          if (sub) li.append(sub);
        }
        ol.append(li);
      }
      return ol;
    };
    if (at < chain.length - 1 || childUnits(chain[at]!).length) {
      const live = deeper(chain[at]!, at + 1);
      if (live) { live.className = 'toc-live'; anchor.after(live); }
    }
    if (matchMedia('(min-width: 1100px)').matches) {
      const here = toc.querySelectorAll('[aria-current]');
      here[here.length - 1]?.scrollIntoView({ block: 'nearest' });
    }
  };

  // The clause being read: the last heading above the bar's lower edge. Units off screen are not
  // laid out (content-visibility in reader.css), and reading a heading's position inside one would
  // lay it out: so the search reads the units' own boxes, level by level (binary search among the
  // top-level units, then among the children of the one found), which are laid out already, and a
  // heading only in the unit found, which is at the line and so on screen.
  const body = document.querySelector('.doc-body');
  const headTop = (unit: Element) => (headOf(unit) ?? unit).getBoundingClientRect().top;
  /** The last of `units` (in document order) whose heading starts above `line`, or null. */
  const lastAbove = (units: Element[], line: number): Element | null => {
    let lo = 0;
    let hi = units.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid]!.getBoundingClientRect().top <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    // A unit's box starts a heading's top margin above the heading itself.
    while (found >= 0 && headTop(units[found]!) > line) found--;
    return found >= 0 ? units[found]! : null;
  };
  const update = () => {
    const line = bar.getBoundingClientRect().bottom + 16;
    // Past the numbered text (closing, footnotes, forms): no clause is being read.
    if (!body || body.getBoundingClientRect().bottom < line) { render(null); return; }
    let found: Element | null = null;
    for (let level = childUnits(body); level.length;) {
      const u = lastAbove(level, line);
      if (!u) break;
      found = u;
      level = childUnits(u);
    }
    render(found);
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  }, { passive: true });
  // On arrival at a clause or block, show that one, not the one above it, and bring it back
  // below the bar, which the browser did not know about when it scrolled there.
  const arrive = () => {
    const t = document.querySelector(':target');
    const unit = t?.closest('.unit');
    if (!unit) { update(); return; }
    render(unit);
    t!.scrollIntoView({ block: 'start' });
  };
  addEventListener('hashchange', () => requestAnimationFrame(arrive));
  // The browser scrolls to the fragment again when the page has loaded.
  if (document.readyState === 'complete') requestAnimationFrame(arrive);
  else addEventListener('load', () => requestAnimationFrame(arrive), { once: true });
}
