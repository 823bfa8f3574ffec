// Turns one raw source text into a structured document: repair extraction damage, split the
// printed parts (header, preamble, numbered body, closing, annexes), rejoin broken lines, set
// page artifacts apart, build the numbered tree, and prove that the words survived.
import { createHash } from 'node:crypto';
import { joinLines, lineWidth, type SourceLine } from './lines.ts';
import { collapseSpaces, repairHornU, stripMarkdown, toNfc } from './normalize.ts';
import { plainText } from './plain-text.ts';
import type { ArtifactRule, Profile } from './profiles.ts';
import { TextDocSchema, type Block, type CleaningStep, type TextDoc } from './schema.ts';
import { buildTree, type BodyPara } from './tree.ts';
import { inOrderRatio, words } from './words.ts';

export const MIN_WORDS_IN_ORDER = 0.99;

/** What the faithfulness check compares against: the source with only its character damage repaired. */
export function sourceWords(raw: string): string[] {
  return words(repairHornU(toNfc(raw).text).text);
}

type Item = { kind: 'line'; line: SourceLine } | { kind: 'artifact'; block: Block & { kind: 'artifact' } };

const FOOTNOTE: ArtifactRule = {
  artifact: 'footnote',
  start: /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/u,
  note: 'Chú thích cuối trang của bản gốc, nằm lẫn vào giữa nội dung khi trích xuất.',
};

/** Mark the lines covered by the profile's artifact rules (and footnotes) as artifact blocks. */
function setArtifactsApart(lines: SourceLine[], rules: readonly ArtifactRule[]): { items: Item[]; count: number } {
  const items: Item[] = [];
  let count = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!;
    const rule = [...rules, FOOTNOTE].find((r) => r.start.test(l.text) && (r.maxLine === undefined || l.line <= r.maxLine));
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
  return { items, count };
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
    for (const p of r.paragraphs) paras.push({ kind: 'text', text: p.text, line: p.line });
    run = [];
  };
  for (const it of items) {
    if (it.kind === 'line') run.push(it.line);
    else { flush(); paras.push({ kind: 'block', block: it.block }); }
  }
  flush();
  return { paras, joined };
}

export interface ImportResult { doc: TextDoc; warnings: string[] }

export function importDocument(raw: string, profile: Profile): ImportResult {
  const steps: Array<{ step: CleaningStep; label: string; count: number }> = [];
  const nfc = toNfc(raw);
  if (nfc.count) steps.push({ step: 'nfc', label: `Chuẩn hoá Unicode NFC: chữ tiếng Việt trong tệp gốc được lưu ở dạng tách dấu (${nfc.count} dấu ghép lại vào chữ).`, count: nfc.count });
  const horn = repairHornU(nfc.text);
  if (horn.count) steps.push({ step: 'horn-u', label: `Sửa lỗi phông khi trích PDF: “ƣ/Ƣ” thành “ư/Ư” (${horn.count} chỗ).`, count: horn.count });
  let text = horn.text;
  if (profile.layout === 'markdown') {
    const md = stripMarkdown(text);
    if (md.count) steps.push({ step: 'markdown', label: `Bỏ ký hiệu định dạng markdown do công cụ chuyển đổi thêm vào (“**”, “*”, “###”…): ${md.count} chỗ; chữ giữ nguyên.`, count: md.count });
    text = md.text;
  }
  const sp = collapseSpaces(text);
  if (sp.count) steps.push({ step: 'spaces', label: `Gộp khoảng trắng thừa, tab do căn lề (${sp.count} chỗ).`, count: sp.count });

  const lines: SourceLine[] = sp.text.split('\n').map((t, i) => ({ text: t, line: i + 1 })).filter((l) => l.text !== '');
  const { items, count: artifactCount } = setArtifactsApart(lines, profile.artifacts);

  const pre = findIndex(items, profile.preambleStart, 0, 'preamble start');
  const body = findIndex(items, profile.bodyStart, pre, 'body start');
  const closing = findIndex(items, profile.closingStart, body, 'closing start');
  const annexStarts: number[] = [];
  for (const a of profile.annexes) annexStarts.push(findIndex(items, a.start, (annexStarts.at(-1) ?? closing) + 1, `annex ${a.id}`));
  const closingEnd = annexStarts[0] ?? items.length;

  const width = lineWidth(lines);
  const preamble = flow(items.slice(pre, body), profile, width);
  const main = flow(items.slice(body, closing), profile, width);
  const tree = buildTree(main.paras, profile.grammar);
  const joined = preamble.joined + main.joined;
  if (joined) steps.push({ step: 'join-lines', label: `Nối lại ${joined} dòng bị ngắt giữa đoạn khi trích PDF.`, count: joined });
  if (artifactCount) {
    const names: Record<string, string> = { stamp: 'dấu “công văn đến”', 'page-number': 'số trang', footnote: 'chú thích cuối trang', 'page-header': 'phần đầu mẫu in lệch chỗ' };
    const byKind = new Map<string, number>();
    for (const it of items) if (it.kind === 'artifact') byKind.set(it.block.artifact, (byKind.get(it.block.artifact) ?? 0) + 1);
    const list = [...byKind].map(([k, n]) => `${n} ${names[k]}`).join(', ');
    steps.push({ step: 'artifacts', label: `Giữ nguyên nhưng tách riêng và đánh dấu những phần in trên trang bị trích lẫn vào giữa văn bản: ${list}.`, count: artifactCount });
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
    closing: asLines(items.slice(closing, closingEnd)),
    annexes: profile.annexes.map((a, i) => ({ id: a.id, title: a.title, blocks: asLines(items.slice(annexStarts[i], annexStarts[i + 1] ?? items.length)) })),
  };

  const src = sourceWords(raw);
  const check = inOrderRatio(src, words(plainText(parts)));
  if (check.ratio < MIN_WORDS_IN_ORDER) {
    throw new Error(`${profile.meta.docId}: only ${(check.ratio * 100).toFixed(2)} % of source words in order; first missing: ${check.missing.join(' ')}`);
  }

  const doc = TextDocSchema.parse({
    ...profile.meta,
    source: {
      file: profile.file,
      sha256: createHash('sha256').update(raw).digest('hex'),
      layout: profile.layout,
      words: src.length,
      wordsInOrder: Math.floor(check.ratio * 10000) / 10000,
    },
    cleaning: steps,
    ...parts,
  });
  return { doc, warnings: tree.warnings };
}
