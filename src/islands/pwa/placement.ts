// Where the app's notices ("Đã sẵn sàng dùng ngoại tuyến", "Đã có phiên bản mới") sit: at the
// bottom of the screen, unless that would cover the field being typed in or a sticky bar pinned
// to the bottom (the calculator's rating bar); then at the top. A notice never hides what the
// user is working on. Checked when a notice appears, on focus, scroll and resize.
const box = document.querySelector<HTMLElement>('.pwa-notices');

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What must stay visible: the focused element (outside the notices) and bars pinned to the bottom. */
function guarded(): DOMRect[] {
  const out: DOMRect[] = [];
  const a = document.activeElement;
  if (a instanceof HTMLElement && a !== document.body && !box?.contains(a)) out.push(a.getBoundingClientRect());
  for (const el of document.querySelectorAll<HTMLElement>('[data-sticky-bottom]')) {
    const r = el.getBoundingClientRect();
    if (r.height > 0 && getComputedStyle(el).display !== 'none') out.push(r);
  }
  return out;
}

const area = (a: DOMRect, b: DOMRect) => (overlaps(a, b) ? (Math.min(a.right, b.right) - Math.max(a.left, b.left)) * (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)) : 0);
const covered = (keep: DOMRect[]) => { const r = box!.getBoundingClientRect(); return keep.reduce((s, k) => s + area(k, r), 0); };

function place() {
  if (!box || !box.querySelector('.pwa-notice:not([hidden])')) return;
  const keep = guarded();
  box.classList.remove('pwa-notices--top');
  const bottom = covered(keep);
  if (!bottom) return;
  box.classList.add('pwa-notices--top');
  // Covering at the top as well (a very tall element): stay where less of it is hidden.
  if (covered(keep) > bottom) box.classList.remove('pwa-notices--top');
}

let queued = false;
const schedule = () => { if (queued) return; queued = true; requestAnimationFrame(() => { queued = false; place(); }); };

if (box) {
  for (const t of ['focusin', 'focusout'] as const) document.addEventListener(t, schedule);
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  new MutationObserver(schedule).observe(box, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
}
