// Word (.docx) renderer of the document model, with the npm `docx` package. This module imports
// docx statically, so the browser must load it only on export: islands reach it through
// `await import('…/documents/docx.ts')` (about 100 KB gzipped, never in the first load).
// Layout: A4, margins 20/20/30/15 mm, Times New Roman 14 pt (tables 13 pt), page numbers in the
// footer — the usual presentation of party documents.
import {
  AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type IBorderOptions, type ParagraphChild,
} from 'docx';
import type { Align, Block, DocSpec, Run } from './model.ts';
import { BOX_OFF, BOX_ON } from './model.ts';
import { personalReviewSpec, type PersonalReviewData } from './personal-review.ts';
import { rosterSummarySpec, type RosterSummaryData } from './roster-summary.ts';
import { voteMinutesSpec, type VoteMinutesData } from './vote-minutes.ts';
import { summaryReportSpec, type SummaryReportData } from './summary-report.ts';

export const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt in tables. */
const SIZE = 28;
const SIZE_TABLE = 26;
/** A4 in twips (1/20 pt) and the margins (mm → twips: × 56.7). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Text runs; a newline inside user text becomes a line break (docx ignores "\n" in a run). */
function runs(list: readonly Run[], size = SIZE): TextRun[] {
  const out: TextRun[] = [];
  for (const r of list) {
    r.text.split('\n').forEach((line, i) => {
      out.push(new TextRun({ text: line, font: FONT, size, bold: r.bold ?? false, italics: r.italic ?? false, ...(r.underline ? { underline: {} } : {}), ...(i > 0 ? { break: 1 } : {}) }));
    });
  }
  return out;
}

const para = (children: ParagraphChild[], align: Align = 'justify', extra: { indent?: boolean; after?: number; before?: number } = {}) =>
  new Paragraph({
    children, alignment: ALIGN[align],
    spacing: { after: extra.after ?? 60, before: extra.before ?? 0, line: 288 },
    ...(extra.indent ? { indent: { firstLine: 567 } } : {}),
  });

function headerBlock(b: Extract<Block, { type: 'header' }>): (Paragraph | Table)[] {
  const left = b.left.map((t, i) => para(runs([{ text: t, bold: i === 0 || t === '*' ? false : true }], SIZE - 2), 'center', { after: 0 }));
  const right = [
    ...b.right.map((t) => para(runs([{ text: t, bold: true, underline: true }], SIZE - 2), 'center', { after: 120 })),
    para(runs([{ text: b.placeDate, italic: true }], SIZE - 2), 'center', { after: 0 }),
  ];
  const col = (children: Paragraph[], pct: number) => new TableCell({ children, borders: NO_BORDERS, width: { size: Math.round((CONTENT_WIDTH * pct) / 100), type: WidthType.DXA } });
  const table = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(CONTENT_WIDTH * 0.42), Math.round(CONTENT_WIDTH * 0.58)],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [col(left, 42), col(right, 58)] })],
  });
  const out: (Paragraph | Table)[] = [];
  if (b.formLabel) out.push(para(runs([{ text: b.formLabel, italic: true }], SIZE - 2), 'right', { after: 0 }));
  out.push(table);
  return out;
}

function table(b: Extract<Block, { type: 'table' }>): Table {
  const widths = b.widths.map((w) => Math.round((CONTENT_WIDTH * w) / 100));
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [para(runs([{ text, bold: head }], SIZE_TABLE), head ? 'center' : b.align?.[i] ?? 'left', { after: 0 })],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, i, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

function signatures(b: Extract<Block, { type: 'signatures' }>): Table {
  const w = Math.round(CONTENT_WIDTH / b.cols.length);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: b.cols.map(() => w),
    borders: NO_BORDERS,
    rows: [new TableRow({
      cantSplit: true,
      children: b.cols.map((c) => new TableCell({
        borders: NO_BORDERS, width: { size: w, type: WidthType.DXA },
        children: [
          para(runs([{ text: c.title, bold: true }]), 'center', { after: 0, before: 240 }),
          ...(c.note ? [para(runs([{ text: c.note, italic: true }], SIZE - 2), 'center', { after: 0 })] : []),
          // Room for the signature.
          para([], 'center', { after: 0, before: 1200 }),
          ...(c.name ? [para(runs([{ text: c.name, bold: true }]), 'center', { after: 240 })] : []),
        ],
      })),
    })],
  });
}

function choices(b: Extract<Block, { type: 'choices' }>): Paragraph[] {
  // The tick boxes use a symbol font: Times New Roman has no ☐/☒ glyphs.
  const box = (on: boolean) => new TextRun({ text: on ? BOX_ON : BOX_OFF, font: 'Segoe UI Symbol', size: SIZE });
  if (b.vertical) return b.options.map((o) => para([box(o.checked), ...runs([{ text: ` ${o.label}`, bold: o.checked }])], 'left', { after: 0, indent: true }));
  const children: ParagraphChild[] = [];
  b.options.forEach((o, i) => {
    if (i > 0) children.push(new TextRun({ text: '        ', font: FONT, size: SIZE }));
    children.push(box(o.checked), ...runs([{ text: ` ${o.label}`, bold: o.checked }]));
  });
  return [para(children, 'center')];
}

function render(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'header': return headerBlock(b);
    case 'title': return [
      para(runs([{ text: b.text, bold: true }], SIZE + 2), 'center', { before: 360, after: b.sub?.length ? 0 : 240 }),
      ...(b.sub ?? []).map((s, i, all) => para(runs([{ text: s, bold: true }]), 'center', { after: i === all.length - 1 ? 240 : 0 })),
    ];
    case 'heading': return [para(runs([{ text: b.text, bold: true }]), 'left', { before: 120 })];
    case 'p': return [para(runs(b.runs), b.align ?? 'justify', { indent: b.indent ?? false })];
    case 'choices': return choices(b);
    case 'dots': return Array.from({ length: b.lines }, () => para(runs([{ text: '…'.repeat(62) }]), 'left', { after: 0 }));
    case 'table': return [table(b), para([], 'left', { after: 60 })];
    case 'signatures': return [signatures(b)];
  }
}

/** A Word document for a spec. Pure: returns the docx object; packing is the caller's choice. */
export function specToDocx(spec: DocSpec): Document {
  return new Document({
    creator: 'Sổ tay Xếp loại',
    title: spec.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{
      properties: { page: { size: PAGE, margin: MARGIN } },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE_TABLE })] })] }),
      },
      children: spec.blocks.flatMap(render),
    }],
  });
}

export const buildPersonalReviewDocx = (d: PersonalReviewData) => specToDocx(personalReviewSpec(d));
export const buildRosterSummaryDocx = (d: RosterSummaryData) => specToDocx(rosterSummarySpec(d));
export const buildVoteMinutesDocx = (d: VoteMinutesData) => specToDocx(voteMinutesSpec(d));
export const buildSummaryReportDocx = (d: SummaryReportData) => specToDocx(summaryReportSpec(d));

/** Browser export: the packed file as a Blob (Packer.toBlob, as the docx docs advise for browsers). */
export function toBlob(doc: Document): Promise<Blob> {
  return Packer.toBlob(doc);
}
