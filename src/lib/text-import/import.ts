// Turns one raw source text into a structured document: repair extraction damage, split the
// printed parts (header, preamble, numbered body, closing, annexes), rejoin broken lines, set
// page artifacts apart, build the numbered tree, and prove that the words survived.
import { createHash } from 'node:crypto';
import { joinLines, lineWidth, type SourceLine } from './lines.ts';
import { superscriptValue } from '../reader/inline.ts';
import { collapseSpaces, repairHornU, stripMarkdown, toNfc, type LeadEmphasis } from './normalize.ts';
import { reflowForm } from './forms.ts';
import { textMetadata } from './metadata.ts';
import { footnotesText, plainText } from './plain-text.ts';
import { pathLabel } from './labels.ts';
import type { ArtifactRule, Profile } from './profiles.ts';
import { TextDocSchema, type Block, type CleaningStep, type Footnote, type TextDoc } from './schema.ts';
import { blockOf, buildTree, type BodyPara } from './tree.ts';
import { inOrderRatio, words, type InOrderResult } from './words.ts';

export const MIN_WORDS_IN_ORDER = 0.99;

/** A page footnote as the extraction left it: its superscript mark opens the line ("¹ Ví dụ: …"). */
const FOOTNOTE_LINE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(\S.*)$/u;

/**
 * What the faithfulness check compares against: the source's words with only its character
 * damage repaired, in two streams. A printed page has two: the running text and the footnotes at
 * its foot (the extraction put them between paragraphs; the reader sets them apart and links
 * them both ways), so each stream is checked in its own order.
 */
export function sourceWords(raw: string): { text: string[]; footnotes: string[] } {
  const lines = repairHornU(toNfc(raw).text).text.split('\n');
  const isNote = (l: string) => FOOTNOTE_LINE.test(l.replace(/[*#]/g, '').trim());
  return { text: words(lines.filter((l) => !isNote(l)).join('\n')), footnotes: words(lines.filter(isNote).join('\n')) };
}

/** Share of the source's words found in order in a published text and its footnotes. */
export function wordsKept(raw: string, text: string, footnotes: string): InOrderResult {
  const src = sourceWords(raw);
  const a = inOrderRatio(src.text, words(text));
  const b = inOrderRatio(src.footnotes, words(footnotes));
  const total = a.sourceWords + b.sourceWords;
  return { sourceWords: total, matched: a.matched + b.matched, ratio: total ? (a.matched + b.matched) / total : 1, missing: [...a.missing, ...b.missing].slice(0, 20) };
}

type Item = { kind: 'line'; line: SourceLine } | { kind: 'artifact'; block: Block & { kind: 'artifact' } };

/** Mark the lines covered by the profile's artifact rules as artifact blocks; take the footnotes out. */
function setArtifactsApart(lines: SourceLine[], rules: readonly ArtifactRule[]): { items: Item[]; count: number; footnotes: Footnote[] } {
  const items: Item[] = [];
  const footnotes: Footnote[] = [];
  let count = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!;
    const note = l.text.match(FOOTNOTE_LINE);
    if (note) { footnotes.push({ n: superscriptValue(note[1]!), mark: note[1]!, text: note[2]! }); continue; }
    const rule = rules.find((r) => r.start.test(l.text) && (r.maxLine === undefined || l.line <= r.maxLine));
    if (!rule) { items.push({ kind: 'line', line: l }); continue; }
    let j = i;
    if (rule.end) {
      while (j < lines.length && !rule.end.test(lines[j]!.text)) j += 1;
      if (j === lines.length) throw new Error(`artifact starting at line ${l.line} never ends (${rule.end})`);
    }
    items.push({ kind: 'artifact', block: { kind: 'artifact', artifact: rule.artifact, note: rule.note, lines: lines.slice(i, j + 1).map((x) => x.text) } });
    count += 1;
    i = j;
  }
  return { items, count, footnotes };
}

function findIndex(items: readonly Item[], re: RegExp, from: number, what: string): number {
  for (let i = from; i < items.length; i += 1) {
    const it = items[i]!;
    if (it.kind === 'line' && re.test(it.line.text)) return i;
  }
  throw new Error(`${what} (${re}) not found after item ${from}`);
}

const asLines = (items: readonly Item[]): Block[] =>
  items.map((it) => (it.kind === 'artifact' ? it.block : { kind: 'line', text: it.line.text }));

/** Join the lines of a flowing part into paragraphs; artifacts break paragraphs and stay in place. */
function flow(items: readonly Item[], profile: Profile, width: number): { paras: BodyPara[]; joined: number } {
  const paras: BodyPara[] = [];
  let joined = 0;
  let run: SourceLine[] = [];
  const flush = () => {
    if (!run.length) return;
    const r = joinLines(run, profile.layout, width);
    joined += r.joined;
    for (const p of r.paragraphs) paras.push(p.emphasis ? { kind: 'text', text: p.text, line: p.line, emphasis: p.emphasis } : { kind: 'text', text: p.text, line: p.line });
    run = [];
  };
  for (const it of items) {
    if (it.kind === 'line') run.push(it.line);
    else { flush(); paras.push({ kind: 'block', block: it.block }); }
  }
  flush();
  return { paras, joined };
}

/** Signature lines open with the capacity the signer signs in: "T/M BAN THƯỜNG VỤ", "K/T CHÁNH VĂN PHÒNG". */
const SIGNATURE_START = /^(T\/M|K\/T|TM\.|KT\.|Q\.)\s*\p{Lu}/u;

/**
 * The printed closing after the text: "Nơi nhận:" with its list (an entry may wrap onto a
 * second line, which continues it), then the signature block.
 */
function splitClosing(items: readonly Item[]): { recipients: Block[]; signature: Block[]; joined: number } {
  const blocks = asLines(items);
  const at = blocks.findIndex((b) => b.kind === 'line' && SIGNATURE_START.test(b.text));
  const head = at < 0 ? blocks : blocks.slice(0, at);
  const recipients: Block[] = [];
  let joined = 0;
  for (const b of head) {
    const last = recipients[recipients.length - 1];
    if (b.kind !== 'line') { recipients.push(b); continue; }
    const entry = b.text.match(/^[-–]\s*(\S.*)$/u);
    if (entry) recipients.push({ kind: 'item', bullet: '-', text: entry[1]! });
    else if (last?.kind === 'item') { last.text = `${last.text} ${b.text}`; joined += 1; }
    else recipients.push(b);
  }
  return { recipients, signature: at < 0 ? [] : blocks.slice(at), joined };
}

export interface ImportResult { doc: TextDoc; warnings: string[] }

export function importDocument(raw: string, profile: Profile): ImportResult {
  const steps: Array<{ step: CleaningStep; label: string; count: number }> = [];
  const nfc = toNfc(raw);
  if (nfc.count) steps.push({ step: 'nfc', label: `Chuẩn hoá Unicode NFC: chữ tiếng Việt trong tệp gốc được lưu ở dạng tách dấu (${nfc.count} dấu ghép lại vào chữ).`, count: nfc.count });
  const horn = repairHornU(nfc.text);
  if (horn.count) steps.push({ step: 'horn-u', label: `Sửa lỗi phông khi trích PDF: “ƣ/Ƣ” thành “ư/Ư” (${horn.count} chỗ).`, count: horn.count });
  let text = horn.text;
  let emphasis = new Map<number, LeadEmphasis>();
  if (profile.layout === 'markdown') {
    const md = stripMarkdown(text);
    if (md.count) steps.push({ step: 'markdown', label: `Bỏ ký hiệu định dạng markdown do công cụ chuyển đổi thêm vào (“**”, “*”, “###”…): ${md.count} chỗ; chữ giữ nguyên, tên điều, khoản in đậm vẫn in đậm.`, count: md.count });
    text = md.text;
    emphasis = md.emphasis;
  }
  const sp = collapseSpaces(text);
  if (sp.count) steps.push({ step: 'spaces', label: `Gộp khoảng trắng thừa, tab do căn lề (${sp.count} chỗ).`, count: sp.count });

  const lines: SourceLine[] = sp.text.split('\n')
    .map((t, i): SourceLine => (emphasis.has(i + 1) ? { text: t, line: i + 1, emphasis: emphasis.get(i + 1)! } : { text: t, line: i + 1 }))
    .filter((l) => l.text !== '');
  const { items, count: artifactCount, footnotes } = setArtifactsApart(lines, profile.artifacts);

  const pre = findIndex(items, profile.preambleStart, 0, 'preamble start');
  const body = findIndex(items, profile.bodyStart, pre, 'body start');
  const closing = findIndex(items, profile.closingStart, body, 'closing start');
  const bodyEnd = profile.conclusionStart ? findIndex(items, profile.conclusionStart, body, 'conclusion start') : closing;
  if (bodyEnd > closing) throw new Error(`${profile.meta.docId}: the conclusion starts after the closing`);
  const annexStarts: number[] = [];
  for (const a of profile.annexes) annexStarts.push(findIndex(items, a.start, (annexStarts.at(-1) ?? closing) + 1, `annex ${a.id}`));
  const closingEnd = annexStarts[0] ?? items.length;

  const width = lineWidth(lines);
  const preamble = flow(items.slice(pre, body), profile, width);
  const main = flow(items.slice(body, bodyEnd), profile, width);
  const tree = buildTree(main.paras, profile.grammar);
  const conclusion = flow(items.slice(bodyEnd, closing), profile, width);
  const closingParts = splitClosing(items.slice(closing, closingEnd));
  // Blank forms are re-flowed as forms; other annexes (the copy certificate) keep their printed lines.
  const annexParts = profile.annexes.map((a, i) => {
    const part = items.slice(annexStarts[i], annexStarts[i + 1] ?? items.length);
    if (!a.form) return { id: a.id, title: a.title, blocks: asLines(part), joined: 0 };
    const form = reflowForm(part.map((it) => (it.kind === 'line' ? it : { kind: 'block' as const, block: it.block })), profile.layout, width);
    return { id: a.id, title: a.title, blocks: form.blocks, joined: form.joined };
  });
  const joined = preamble.joined + main.joined + conclusion.joined + closingParts.joined + annexParts.reduce((n, a) => n + a.joined, 0);
  if (joined) steps.push({ step: 'join-lines', label: `Nối lại ${joined} dòng bị ngắt giữa đoạn khi trích PDF.`, count: joined });
  if (artifactCount) {
    const names: Record<string, string> = { stamp: 'dấu “công văn đến”', 'page-number': 'số trang', 'page-header': 'phần đầu mẫu in lệch chỗ' };
    const byKind = new Map<string, number>();
    for (const it of items) if (it.kind === 'artifact') byKind.set(it.block.artifact, (byKind.get(it.block.artifact) ?? 0) + 1);
    const list = [...byKind].map(([k, n]) => `${n} ${names[k]}`).join(', ');
    steps.push({ step: 'artifacts', label: `Giữ nguyên nhưng tách riêng và đánh dấu những phần in trên trang bị trích lẫn vào giữa văn bản: ${list}.`, count: artifactCount });
  }
  if (footnotes.length) {
    steps.push({ step: 'footnotes', label: `Đưa ${footnotes.length} chú thích cuối trang (${footnotes.map((f) => f.mark).join(' ')}) mà bản trích để lẫn giữa các đoạn về mục “Chú thích”; dấu chú thích trong văn bản liên kết đến chú thích và ngược lại.`, count: footnotes.length });
  }

  const preambleBlocks: Block[] = preamble.paras.map((p) => {
    if (p.kind === 'block') return p.block;
    const m = p.text.match(/^([-–+])\s*(\S.*)$/u);
    return m ? { kind: 'item', bullet: m[1]!, text: m[2]! } : { kind: 'p', text: p.text };
  });

  const parts = {
    header: asLines(items.slice(0, pre)),
    preamble: preambleBlocks,
    body: tree.units,
    conclusion: conclusion.paras.map((p) => (p.kind === 'block' ? p.block : blockOf(p.text))),
    recipients: closingParts.recipients,
    signature: closingParts.signature,
    footnotes,
    annexes: annexParts.map((a) => ({ id: a.id, title: a.title, blocks: a.blocks })),
  };

  const check = wordsKept(raw, plainText(parts), footnotesText(parts));
  if (check.ratio < MIN_WORDS_IN_ORDER) {
    throw new Error(`${profile.meta.docId}: only ${(check.ratio * 100).toFixed(2)} % of source words in order; first missing: ${check.missing.join(' ')}`);
  }

  const doc = TextDocSchema.parse({
    ...profile.meta,
    source: {
      file: profile.file,
      sha256: createHash('sha256').update(raw).digest('hex'),
      layout: profile.layout,
      words: check.sourceWords,
      wordsInOrder: Math.floor(check.ratio * 10000) / 10000,
    },
    cleaning: steps,
    stated: textMetadata(parts, profile.meta.date, (u) => (u.path ? pathLabel(profile.meta.docId, u.path) : u.marker)),
    ...parts,
  });
  return { doc, warnings: tree.warnings };
}
