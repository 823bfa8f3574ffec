// Where the app's notices ("Đã sẵn sàng dùng ngoại tuyến", "Đã có phiên bản mới") sit: at the
// bottom of the screen, raised above any bar pinned to the bottom (the calculator's rating bar),
// unless that would cover the field being typed in; then at the top. A notice never hides what
// the user is working on, and the top of the screen (where a result is read out on a projector)
// is used only when the bottom cannot be. Checked when a notice appears and, while one is shown,
// on focus, scroll and resize (with every notice hidden, which is nearly always, nothing listens).
const box = document.querySelector<HTMLElement>('.pwa-notices');

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const area = (a: DOMRect, b: DOMRect) => (overlaps(a, b) ? (Math.min(a.right, b.right) - Math.max(a.left, b.left)) * (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)) : 0);

/** The focused element, outside the notices. */
function focused(): DOMRect | null {
  const a = document.activeElement;
  return a instanceof HTMLElement && a !== document.body && !box?.contains(a) ? a.getBoundingClientRect() : null;
}

/** The top edge of the bars pinned to the bottom of the screen, if any are shown. */
function barsTop(): number | null {
  let top: number | null = null;
  for (const el of document.querySelectorAll<HTMLElement>('[data-sticky-bottom]')) {
    const r = el.getBoundingClientRect();
    if (r.height > 0 && r.bottom > innerHeight - 2 && getComputedStyle(el).display !== 'none') top = Math.min(top ?? r.top, r.top);
  }
  return top;
}

function place() {
  const shown = !!box?.querySelector('.pwa-notice:not([hidden])');
  follow(shown);
  if (!box || !shown) return;
  const field = focused();
  const bars = barsTop();
  // At the bottom, above the bars if any are shown.
  const raised = bars === null ? '' : `${Math.round(innerHeight - bars) + 8}px`;
  box.classList.remove('pwa-notices--top');
  box.style.bottom = raised;
  const bottom = field ? area(field, box.getBoundingClientRect()) : 0;
  if (!bottom) return;
  box.classList.add('pwa-notices--top');
  box.style.bottom = '';
  // Covering at the top as well (a very tall element): stay where less of it is hidden.
  if (area(field!, box.getBoundingClientRect()) > bottom) { box.classList.remove('pwa-notices--top'); box.style.bottom = raised; }
}

let queued = false;
const schedule = () => { if (queued) return; queued = true; requestAnimationFrame(() => { queued = false; place(); }); };

let following = false;
/** Follow focus, scroll and resize only while a notice is on screen. */
function follow(on: boolean) {
  if (on === following) return;
  following = on;
  if (on) {
    for (const t of ['focusin', 'focusout'] as const) document.addEventListener(t, schedule);
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
  } else {
    for (const t of ['focusin', 'focusout'] as const) document.removeEventListener(t, schedule);
    removeEventListener('scroll', schedule);
    removeEventListener('resize', schedule);
  }
}

if (box) new MutationObserver(schedule).observe(box, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
