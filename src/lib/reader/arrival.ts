// Arriving on a reader page at #<id>: the browser scrolls to the element and CSS (:target)
// highlights it, the whole clause for a clause id. A dead anchor (a mistyped or outdated link)
// would silently open the top of the page, so it shows a message and a link to the nearest
// clause that exists instead. Browser code, no dependencies beyond the labels.
import { pathFromAnchor, pathLabel } from '../text-import/labels.ts';

/** The nearest existing id above a missing one: "m-12-4-4_9--3" → "m-12-4-4_9" → "m-12-4" … */
export function nearestAnchor(id: string, exists: (id: string) => boolean): string | null {
  let near = id.replace(/--\d+$/u, '');
  while (near.length > 2 && !exists(near)) {
    const cut = near.lastIndexOf('-');
    near = cut > 1 ? near.slice(0, cut) : '';
  }
  return near.length > 2 && exists(near) ? near : null;
}

export function checkAnchor(docId: string): void {
  const box = document.getElementById('anchor-missing');
  if (!box) return;
  let id = location.hash.slice(1);
  try { id = decodeURIComponent(id); } catch { /* keep it as typed */ }
  if (!id || document.getElementById(id)) { box.hidden = true; return; }
  const near = nearestAnchor(id, (x) => document.getElementById(x) !== null);
  box.replaceChildren(`Không tìm thấy mục “${id}” trong văn bản này: liên kết có thể đã cũ hoặc bị gõ sai.`);
  if (near) {
    const path = pathFromAnchor(docId, near);
    const a = document.createElement('a');
    a.href = `#${near}`;
    a.textContent = `Mở ${path ? pathLabel(docId, path) : document.getElementById(near)?.textContent?.trim() ?? near}`;
    box.append(' ', a);
  }
  box.hidden = false;
}
