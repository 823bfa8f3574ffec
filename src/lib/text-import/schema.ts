// The shape of an imported document (src/content/texts/<doc-id>.json) and of a document we
// know only by its facts (src/content/unpublished/<doc-id>.json). One zod schema is used by
// the importer (it validates what it writes), by the content collection (src/content.config.ts)
// and by the tests.
import { z } from 'zod';
import type { MarkerType } from './markers.ts';

export const REGIME_IDS = ['qd-132-2018', 'qd-124-2023', 'qd-366-2025'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const ARTIFACT_KINDS = ['stamp', 'page-number', 'page-header'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export const CLEANING_STEPS = ['nfc', 'horn-u', 'markdown', 'spaces', 'join-lines', 'artifacts', 'footnotes'] as const;
export type CleaningStep = (typeof CLEANING_STEPS)[number];

export const MARKER_TYPES = ['chuong', 'dieu', 'la-ma', 'chu-hoa', 'so', 'so-2', 'so-3', 'chu-cai'] as const satisfies readonly MarkerType[];

const text = z.string().min(1);
const isoDate = z.iso.date();

export const ParagraphSchema = z.object({ kind: z.literal('p'), text }).strict();
export const ItemSchema = z.object({ kind: z.literal('item'), bullet: z.string().min(1), text }).strict();
/** A line kept as printed (document header, signature, recipients, blank forms). */
export const LineSchema = z.object({ kind: z.literal('line'), text }).strict();
/** Text that is on the page but not part of the document (stamp, page number, a form's page header). */
export const ArtifactSchema = z.object({
  kind: z.literal('artifact'),
  artifact: z.enum(ARTIFACT_KINDS),
  /** Vietnamese explanation shown next to it. */
  note: text,
  lines: z.array(text).min(1),
}).strict();

/** A footnote of the printed page; `mark` is the superscript the text refers to it with. */
export const FootnoteSchema = z.object({ n: z.number().int().positive(), mark: text, text }).strict();
export type Footnote = z.infer<typeof FootnoteSchema>;

/** The options a form asks the person to tick (their boxes drawn by the reader). */
export const ChoiceSchema = z.object({ kind: z.literal('choice'), options: z.array(text).min(2), layout: z.enum(['row', 'column']) }).strict();
/** A form's signature block: capacity, title, and the note under it ("(Ký, ghi rõ họ tên)"). */
export const SignSchema = z.object({ kind: z.literal('sign'), lines: z.array(text).min(1) }).strict();

export const BlockSchema = z.discriminatedUnion('kind', [ParagraphSchema, ItemSchema, LineSchema, ArtifactSchema, ChoiceSchema, SignSchema]);
export type Block = z.infer<typeof BlockSchema>;

/** A numbered unit of the text (Điều, khoản, điểm, tiết; I., A., 1., 1.1, a) …). */
export interface Unit {
  kind: 'unit';
  type: MarkerType;
  /** HTML id in the reader: anchorId(path), or "chuong-…" for chapters. */
  id: string;
  /** Citation path (casebook FORMAT.md); null for chapters, which citations skip. */
  path: string[] | null;
  /** Marker exactly as printed: "Điều 12.", "4.3.", "d)", "II -". */
  marker: string;
  /**
   * The short title printed after the marker ("Tiêu chí xếp loại", "Đối với cá nhân",
   * "Đối với tập thể:"), or "" when the marker opens a sentence: that sentence is then the
   * unit's first block (a paragraph), so headings never hold whole paragraphs.
   */
  title: string;
  /** How the source printed the title, where it shows it (bold khoản titles of Quy định 124). */
  emphasis?: 'strong' | 'em';
  content: Array<Block | Unit>;
}

export const UnitSchema: z.ZodType<Unit> = z.lazy(() =>
  z.object({
    kind: z.literal('unit'),
    type: z.enum(MARKER_TYPES),
    id: z.string().regex(/^(m-[^\s-]+(-[^\s-]+)*|chuong-[ivxlc]+)$/),
    path: z.array(z.string().regex(/^[^\s-]+$/)).min(1).nullable(),
    marker: text,
    title: z.string(),
    emphasis: z.enum(['strong', 'em']).optional(),
    content: z.array(z.union([BlockSchema, UnitSchema])),
  }).strict(),
);

export const StatusSchema = z.object({
  code: z.enum(['con-hieu-luc', 'het-hieu-luc', 'ke-hoach-nam']),
  label: text,
  since: isoDate.optional(),
}).strict();

export const RelationSchema = z.object({
  type: z.enum(['thay-the', 'bi-thay-the', 'thuc-hien', 'can-cu', 'huong-dan']),
  doc: text,
  note: text,
  /** Set when the text does not state the relation: why we infer it (shown with it). */
  inferred: text.optional(),
}).strict();

/** Metadata shared by published and unpublished documents. */
const metaShape = {
  docId: text,
  number: z.string().nullable(),
  issuer: text,
  place: z.string().nullable(),
  date: isoDate.nullable(),
  year: z.number().int().min(2000).max(2100),
  title: text,
  shortTitle: text,
  regime: z.enum(REGIME_IDS),
  status: StatusSchema,
  relations: z.array(RelationSchema),
  /** Vietnamese remarks about the document or its source (e.g. what the extract lacks). */
  notes: z.array(text),
};

/** What the text says about itself, read by the importer (text-import/metadata.ts), never typed in. */
export const TextMetadataSchema = z.object({
  signer: z.object({ capacity: text, position: text.nullable(), name: text.nullable() }).strict().nullable(),
  /** "có hiệu lực từ ngày ký": the rule, the date when the text has one, and where it says so. */
  effective: z.object({ rule: text, date: isoDate.nullable(), where: text }).strict().nullable(),
  /** For an extract without its date: the dates its text implies, and why. */
  dateRange: z.object({ from: isoDate, to: isoDate, basis: text }).strict().nullable(),
  /** The province in the printed header ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH"). */
  province: text.nullable(),
  /** The texts the opening names as bases ("Căn cứ…", "Thực hiện…"). */
  bases: z.array(z.object({ label: text, number: text.nullable(), date: isoDate.nullable() }).strict()),
}).strict();

export const TextDocSchema = z.object({
  ...metaShape,
  kind: z.enum(['quy-dinh', 'ke-hoach']),
  source: z.object({
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    layout: z.enum(['pdf-lines', 'paragraph-lines', 'markdown']),
    words: z.number().int().positive(),
    /** Share of source words found in order in the published text (importer's own check). */
    wordsInOrder: z.number().min(0.99).max(1),
  }).strict(),
  cleaning: z.array(z.object({ step: z.enum(CLEANING_STEPS), label: text, count: z.number().int().nonnegative() }).strict()),
  stated: TextMetadataSchema,
  header: z.array(BlockSchema),
  preamble: z.array(BlockSchema),
  body: z.array(UnitSchema).min(1),
  /** Paragraphs after the numbered body ("Kế hoạch này có hiệu lực…", "Trên đây là kế hoạch…"): no numbered unit's text. */
  conclusion: z.array(BlockSchema),
  /** "Nơi nhận:" and the list of recipients. */
  recipients: z.array(BlockSchema),
  /** Signature block as printed ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", the signer's name). */
  signature: z.array(BlockSchema),
  /** Footnotes of the printed pages, set apart from the running text; the text keeps their marks (¹ ²…). */
  footnotes: z.array(FootnoteSchema),
  annexes: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: text, blocks: z.array(BlockSchema).min(1) }).strict()),
}).strict();
export type TextDoc = z.infer<typeof TextDocSchema>;

/** How well a fact about an unpublished text is sourced (shared/notes/regimes.md). */
export const EVIDENCE = ['A', 'B', 'S'] as const;
export const EVIDENCE_LABELS: Record<(typeof EVIDENCE)[number], string> = {
  A: 'Nhiều nguồn độc lập thống nhất',
  B: 'Chỉ một nguồn',
  S: 'Chỉ thấy trong văn bản của địa phương trong thư viện',
};

export const FactSchema = z.object({
  text,
  evidence: z.enum(EVIDENCE),
  /** The article (or part) of this document the fact belongs to, when the sources say it. */
  path: z.array(z.string().regex(/^[^\s-]+$/)).min(1).optional(),
  /** Where the library's own texts say the same (a clause, optionally one of its blocks). */
  seen: z.array(z.object({ doc: text, path: z.array(text).min(1), block: z.number().int().positive().optional() }).strict()).optional(),
  /** The clause of the text this one replaced whose matter this article now governs (shown on that clause). */
  covers: z.array(z.object({ doc: text, path: z.array(text).min(1) }).strict()).optional(),
}).strict();
export type Fact = z.infer<typeof FactSchema>;

export const FactDocSchema = z.object({
  ...metaShape,
  kind: z.enum(['quy-dinh', 'huong-dan']),
  /** Facts gathered from public reports (shared notes), each with how well it is sourced; may be empty (HD 25). */
  facts: z.array(FactSchema),
}).strict();
export type FactDoc = z.infer<typeof FactDocSchema>;
