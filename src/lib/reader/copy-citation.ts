// "Sao chép trích dẫn": the copy button of a clause puts a proper citation on the clipboard, as
// one writes it in a report: "điểm 4.3 khoản 4 Điều 12 Quy định 124-QĐ/TW ngày 04/10/2023
// (hết hiệu lực từ 30/8/2025) — <link>". The citation is built here from the clause's anchor
// and the document's name and status the page carries, so no heading repeats it in the HTML.
import { pathCitation, pathFromAnchor } from '../text-import/labels.ts';

export interface CitedDoc {
  id: string;
  /** "Quy định 124-QĐ/TW ngày 04/10/2023", "Kế hoạch 23-KH/HU ngày 01/11/2021 của Ban Thường vụ Huyện ủy Tuy Phước". */
  name: string;
  /** "hết hiệu lực từ 30/8/2025"; "" while in force. */
  status: string;
}

export function citationText(doc: CitedDoc, anchor: string, url: string): string {
  const path = pathFromAnchor(doc.id, anchor) ?? [];
  const where = pathCitation(doc.id, path);
  return `${where ? `${where} ` : ''}${doc.name}${doc.status ? ` (${doc.status})` : ''} — ${url}`;
}

/**
 * Give every clause heading of the page a copy button (the heading's row gets it last) and copy
 * on click; `announce` shows the outcome. Added here, not in the HTML: without script nothing
 * could be copied, and the headings' ids remain plain permalinks.
 */
export function wireCopyButtons(doc: CitedDoc, announce: (text: string) => void): void {
  for (const row of document.querySelectorAll('.doc-body .unit-row')) {
    const head = row.firstElementChild;
    if (!head?.id) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.dataset.anchor = head.id;
    button.setAttribute('aria-label', `Sao chép trích dẫn ${(head.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
    row.append(button);
  }
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button.copy-link');
    if (!button?.dataset.anchor) return;
    const url = new URL(`#${button.dataset.anchor}`, location.href).href;
    history.replaceState(history.state, '', url);
    const text = citationText(doc, button.dataset.anchor, url);
    let copied = false;
    try { await navigator.clipboard.writeText(text); copied = true; } catch { /* no permission: the address bar has the link */ }
    announce(copied ? `Đã sao chép trích dẫn: ${text}` : 'Không sao chép tự động được; liên kết đã có trên thanh địa chỉ.');
  });
}
