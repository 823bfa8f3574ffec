// "Tìm tên trong danh sách": a long roster draws only the rows near the viewport (row-window.ts),
// so the browser's find-in-page sees only those; this finds a name among all the rows, with or
// without diacritics, and has the row drawn, marked and scrolled to. Loads with the row window,
// when a roster first grows past the rows drawn whole (Roster.tsx).
import { createSignal } from 'solid-js';
import type { RosterRow } from '../../lib/meeting/roster-schema.ts';
import { fold } from '../../lib/meeting/rating-words.ts';

export function FindInList(props: {
  rows: () => readonly RosterRow[];
  /** Draw this row wherever the window is (null lets go), and mark it as found. */
  show: (id: string | null) => void;
}) {
  const [text, setText] = createSignal('');
  const [status, setStatus] = createSignal('');
  let foundAt = -1;
  /** The next row (after the last found, wrapping) whose name holds the text. */
  const findNext = () => {
    const q = fold(text());
    if (!q) return;
    const rows = props.rows(), n = rows.length;
    for (let k = 1; k <= n; k++) {
      const i = (foundAt + k) % n;
      const r = rows[i]!;
      if (!fold(r.name).includes(q)) continue;
      foundAt = i;
      props.show(r.id); // drawn now, so it can be scrolled to
      document.querySelector(`[data-row-index="${i}"]`)?.scrollIntoView({ block: 'center' });
      setStatus(`Dòng ${i + 1}: ${r.name}.`);
      return;
    }
    props.show(null);
    setStatus(`Không thấy “${text()}” trong danh sách.`);
  };
  return (
    <form class="row-actions" role="search" aria-label="Tìm trong danh sách" onSubmit={(e) => { e.preventDefault(); findNext(); }}>
      <label class="field">Tìm tên trong danh sách ({props.rows().length} dòng; lệnh tìm của trình duyệt chỉ thấy các dòng đang hiện)
        <input type="search" value={text()} onInput={(e) => { setText(e.currentTarget.value); foundAt = -1; }} data-testid="roster-find" />
      </label>
      <button type="submit" data-testid="roster-find-next">Tìm tiếp</button>
      <span class="muted" aria-live="polite" data-testid="roster-find-status">{status()}</span>
    </form>
  );
}
