// The "Quy tắc dựa trên điều khoản này (n)" button under each clause the rules engine cites
// (the page marks them data-rules="n" at build time). The panel's code and the engine load only
// when a reader opens one, so the page's own script stays small.
import { pathFromAnchor } from '../text-import/labels.ts';

export function wireRules(docId: string): void {
  let seq = 0;
  for (const holder of document.querySelectorAll<HTMLElement>('[data-rules]')) {
    // A clause: its heading row; a fact page's article: its heading; the whole document: its title block.
    const anchor = holder.querySelector<HTMLElement>(':scope > .unit-row, :scope > h2') ?? holder;
    const head = anchor.matches('.unit-row') ? anchor.firstElementChild : anchor;
    const path = head?.id ? pathFromAnchor(docId, head.id) ?? [] : [];
    const panel = document.createElement('section');
    panel.className = 'rules-panel';
    panel.id = `quy-tac-${(seq += 1)}`;
    panel.hidden = true;
    panel.setAttribute('aria-label', 'Quy tắc dựa trên điều khoản này');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rules-toggle';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    button.textContent = `Quy tắc dựa trên ${path.length ? 'điều khoản' : 'văn bản'} này (${holder.dataset.rules})`;
    let loaded = false;
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (!open || loaded) return;
      loaded = true;
      panel.textContent = 'Đang tải các quy tắc…';
      try {
        const { renderRules } = await import('./rules-panel.ts');
        renderRules(panel, docId, path);
      } catch {
        loaded = false;
        panel.textContent = 'Không tải được các quy tắc. Hãy thử lại (nếu vừa có bản cập nhật, hãy tải lại trang).';
      }
    });
    anchor.after(button, panel);
  }
}
