// Rejoining paragraphs that PDF extraction broke into lines.
//
// Two source layouts exist among the seeds:
//  - "pdf-lines": every printed line is a line of the file (seeds 000, 004), so a paragraph is
//    spread over several lines and the file gives no paragraph breaks at all;
//  - "paragraph-lines"/"markdown": one paragraph per line (seeds 001, 002, 003), with a few
//    paragraphs broken in two where the PDF had a page break.
// In both, a line starting with a lower-case letter continues the previous paragraph
// (Vietnamese paragraphs, headings and list items start with a capital or a marker). For
// "pdf-lines" we also use the printed line width: justified text fills the line, so a line
// clearly shorter than the page width ends its paragraph.
import { bulletOf, isUpperTitle, markerCandidates } from './markers.ts';
import type { LeadEmphasis } from './normalize.ts';

export type Layout = 'pdf-lines' | 'paragraph-lines' | 'markdown';

export interface SourceLine { text: string; line: number; emphasis?: LeadEmphasis }
export interface Paragraph { text: string; line: number; lines: number; emphasis?: LeadEmphasis }

const TERMINAL = /[.;:!?…)”"]$/u;

function startsParagraph(text: string): boolean {
  return markerCandidates(text).length > 0 || bulletOf(text) !== null || /^Bước\s+\d+\s*[:.]/u.test(text)
    || /^\(\d+\)/.test(text) || /^[¹²³⁴⁵⁶⁷⁸⁹]/.test(text);
}

const startsLower = (text: string) => /^\p{Ll}/u.test(text) && markerCandidates(text).length === 0;

/** Printed line width of a "pdf-lines" source: the 90th percentile of line lengths. */
export function lineWidth(lines: readonly SourceLine[]): number {
  const lens = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lens.length ? lens[Math.floor(lens.length * 0.9)]! : 80;
}

/** Glue two pieces of one paragraph: "89-" + "QĐ/TW" (a number split at its hyphen) stays one token. */
function glue(a: string, b: string): string {
  return /\d-$/.test(a) ? a + b : `${a} ${b}`;
}

/**
 * Join source lines into paragraphs. `width` is the printed line width for "pdf-lines"
 * (ignored otherwise). Returns the paragraphs and how many line breaks were removed.
 */
export function joinLines(lines: readonly SourceLine[], layout: Layout, width = 80): { paragraphs: Paragraph[]; joined: number } {
  const paragraphs: Paragraph[] = [];
  let joined = 0;
  let prevLine = '';
  const short = Math.floor(width * 0.8);
  for (const { text, line, emphasis } of lines) {
    const last = paragraphs[paragraphs.length - 1];
    let continues = false;
    if (last) {
      if (startsLower(text) || /\d-$/.test(prevLine)) continues = true;
      else if (layout === 'pdf-lines' && !startsParagraph(text)) {
        // An all-caps heading wrapped over two lines ("C. KHEN THƯỞNG …, / CÁ NHÂN LÃNH ĐẠO …").
        if (isUpperTitle(prevLine) && isUpperTitle(text) && !TERMINAL.test(prevLine)) continues = true;
        // A numbered heading printed on one line, then its text starting with a capital:
        // "1.2. Tiêu chuẩn … cờ của Tỉnh ủy" / "Các TCCS đảng khi đề nghị …".
        // (A comma or a digit says otherwise: "…đảng đoàn," / "Ban Thường vụ Tỉnh đoàn, …".)
        else if (last.lines === 1 && markerCandidates(last.text).length > 0 && !/[.;:!?…)”",]$/u.test(prevLine) && /^\p{Lu}/u.test(text)) continues = false;
        // Otherwise a full-width previous line means the paragraph goes on.
        else if (prevLine.length >= short && !/^Bước\s+\d+\s*[:.]/u.test(last.text)) continues = true;
      } else if (layout === 'pdf-lines' && startsParagraph(text) && prevLine.length >= short && !TERMINAL.test(prevLine)) {
        // "- xã hội cấp trên" after "…các tổ chức chính trị": a hyphen that is part of the sentence.
        continues = /^[-–]\s*\p{Ll}/u.test(text);
      }
    }
    if (continues && last) {
      last.text = glue(last.text, text);
      last.lines += 1;
      joined += 1;
    } else {
      paragraphs.push(emphasis ? { text, line, lines: 1, emphasis } : { text, line, lines: 1 });
    }
    prevLine = text;
  }
  return { paragraphs, joined };
}
