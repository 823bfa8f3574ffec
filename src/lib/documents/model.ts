// A small document model shared by the Word (.docx) and the print (HTML) renderers, so both
// outputs of a form come from one description. Builders (personal-review.ts, roster-summary.ts,
// vote-minutes.ts) produce it from plain data; docx.ts and the print view only lay it out.
// All text in it has been through cleanText() (see text.ts).

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface SignatureCol {
  /** "NGƯỜI TỰ KIỂM ĐIỂM", "T/M CHI ỦY" … */
  title: string;
  /** "(Ký, ghi rõ họ tên)" */
  note?: string;
  /** Printed under the space left for the signature. */
  name?: string;
}

export type Block =
  /** The administrative header: issuing body on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and place/date on the right. */
  | { type: 'header'; left: string[]; right: string[]; placeDate: string; formLabel?: string }
  | { type: 'title'; text: string; sub?: string[] }
  | { type: 'heading'; text: string }
  | { type: 'p'; runs: Run[]; align?: Align; indent?: boolean }
  /** Tick boxes in one line ("☒ Tốt   ☐ Trung bình") or one per line. */
  | { type: 'choices'; options: { label: string; checked: boolean }[]; vertical?: boolean }
  /** A line left for handwriting when the user gave no text. */
  | { type: 'dots'; lines: number }
  | { type: 'table'; head: string[]; rows: string[][]; widths: number[]; align?: Align[] }
  | { type: 'signatures'; cols: SignatureCol[] };

export interface DocSpec {
  /** File name without extension (ASCII-safe version made by the exporter). */
  fileName: string;
  /** Document title (Word properties). */
  title: string;
  blocks: Block[];
}

export const BOX_ON = '☒';
export const BOX_OFF = '☐';
