// The blank forms annexed to a plan (Tỉnh ủy 2022: Mẫu 01, 02, 3-213), re-flowed as forms.
// The PDF extraction gave one line per printed line, so sentences break mid-way, the tick boxes
// are gone ("Xuất sắc Tốt Trung bình Kém") or left as "□", and signature blocks run into the text.
// Here a form's lines become: paragraphs (lines joined as in the body), choices (the options a
// person ticks), signature blocks, and the printed lines that must stay as they are (titles,
// fill-in lines of dots). Only the layout changes: every word stays, in order.
import { joinLines, type Layout, type SourceLine } from './lines.ts';
import type { Block } from './schema.ts';
import { blockOf } from './tree.ts';

const LEVELS = ['Xuất sắc', 'Tốt', 'Trung bình', 'Kém'];
const RATINGS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];
const SIGN_START = /^(T\/M\s|K\/T\s|NGƯỜI TỰ KIỂM ĐIỂM$|THỦ TRƯỞNG CƠ QUAN|XÁC NHẬN CỦA)/u;
const SIGN_NOTE = /^\((Ký|Xác lập)/u;
/** The form's own numbering ("V. Trách nhiệm…", "3. Việc thực hiện…"). */
const SECTION = /^(?:[IVX]+|\d{1,2})\.\s+\p{Lu}/u;
/** A fill-in line: a run of dots or ellipses where the person writes. */
const FILL_END = /[.…]{3,}\s*$/u;
const isUpper = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');

/** "Xuất sắc Tốt Trung bình Kém" (the boxes lost) → the four levels. */
function levelOptions(text: string): string[] | null {
  const out: string[] = [];
  let rest = text.trim();
  while (rest) {
    const hit = LEVELS.find((l) => rest.startsWith(l) && (rest.length === l.length || rest[l.length] === ' '));
    if (!hit) return null;
    out.push(hit);
    rest = rest.slice(hit.length).trim();
  }
  return out.length >= 2 ? out : null;
}

/** "Nêu gương tốt □ Nêu gương □ Chưa nêu gương □" → the options before each box. */
function boxOptions(text: string): string[] | null {
  if (!text.includes('□')) return null;
  const out = text.split('□').map((s) => s.trim()).filter(Boolean);
  return out.length >= 2 ? out : null;
}

export type FormInput = { kind: 'line'; line: SourceLine } | { kind: 'block'; block: Block };

export function reflowForm(items: readonly FormInput[], layout: Layout, width: number): { blocks: Block[]; joined: number } {
  const blocks: Block[] = [];
  let run: SourceLine[] = [];
  let joined = 0;
  const flush = () => {
    if (!run.length) return;
    const r = joinLines(run, layout, width);
    joined += r.joined;
    for (const p of r.paragraphs) blocks.push(FILL_END.test(p.text) || isUpper(p.text) ? { kind: 'line', text: p.text } : blockOf(p.text));
    run = [];
  };
  /** The text of item `j` when it is a printed line (not a block), else null. */
  const lineAt = (j: number) => { const x = items[j]; return x?.kind === 'line' ? x.line.text : null; };
  for (let i = 0; i < items.length; i += 1) {
    const it = items[i]!;
    if (it.kind === 'block') { flush(); blocks.push(it.block); continue; }
    const text = it.line.text;
    const options = levelOptions(text) ?? boxOptions(text);
    if (options) { flush(); blocks.push({ kind: 'choice', options, layout: 'row' }); continue; }
    if (RATINGS.includes(text)) {
      // The ratings to choose from, one per printed line.
      flush();
      const opts = [text];
      for (let next = lineAt(i + 1); next !== null && RATINGS.includes(next); next = lineAt(i + 1)) { opts.push(next); i += 1; }
      blocks.push(opts.length >= 2 ? { kind: 'choice', options: opts, layout: 'column' } : { kind: 'p', text });
      continue;
    }
    if (SIGN_START.test(text)) {
      // Who signs, in what capacity, and the note under it ("(Ký, ghi rõ họ tên)").
      flush();
      const lines = [text];
      for (let next = lineAt(i + 1); next !== null; next = lineAt(i + 1)) {
        if (!(isUpper(next) && !FILL_END.test(next)) && !SIGN_NOTE.test(next)) break;
        lines.push(next);
        i += 1;
        if (SIGN_NOTE.test(next)) break;
      }
      blocks.push({ kind: 'sign', lines });
      continue;
    }
    // Printed lines in capitals (the form's headings) and rules ("-------") stand alone.
    if (isUpper(text) || !/\p{L}/u.test(text)) { flush(); blocks.push({ kind: 'line', text }); continue; }
    // The form's own numbering starts a section.
    if (SECTION.test(text)) flush();
    run.push(it.line);
    // A line that ends where the person writes ("Họ và tên: ………") ends its field.
    if (FILL_END.test(text)) flush();
  }
  flush();
  return { blocks, joined };
}
