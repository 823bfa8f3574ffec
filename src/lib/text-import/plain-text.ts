// The published text of a document in reading order, as the reader page shows it (header,
// preamble, numbered body, closing, annexes; artifacts included, they are shown marked).
import type { Block, TextDoc, Unit } from './schema.ts';

function blockText(b: Block): string {
  switch (b.kind) {
    case 'artifact': case 'sign': return b.lines.join('\n');
    case 'choice': return b.options.join(' ');
    case 'item': return `${b.bullet} ${b.text}`;
    default: return b.text;
  }
}

function unitText(u: Unit, out: string[]): void {
  out.push(u.title ? `${u.marker} ${u.title}` : u.marker);
  for (const c of u.content) {
    if (c.kind === 'unit') unitText(c, out); else out.push(blockText(c));
  }
}

/** The running text (footnotes are a stream of their own: `footnotesText`). */
export function plainText(doc: Pick<TextDoc, 'header' | 'preamble' | 'body' | 'conclusion' | 'recipients' | 'signature' | 'annexes'>): string {
  const out: string[] = [];
  for (const b of doc.header) out.push(blockText(b));
  for (const b of doc.preamble) out.push(blockText(b));
  for (const u of doc.body) unitText(u, out);
  for (const part of [doc.conclusion, doc.recipients, doc.signature]) for (const b of part) out.push(blockText(b));
  for (const a of doc.annexes) for (const b of a.blocks) out.push(blockText(b));
  return out.join('\n');
}

export function footnotesText(doc: Pick<TextDoc, 'footnotes'>): string {
  return doc.footnotes.map((f) => `${f.mark} ${f.text}`).join('\n');
}

/** Every unit of the tree, depth first (for tables of contents, id checks, tests). */
export function* walkUnits(units: readonly Unit[]): Generator<Unit> {
  for (const u of units) {
    yield u;
    yield* walkUnits(u.content.filter((c): c is Unit => c.kind === 'unit'));
  }
}

/**
 * The blocks of a unit's own text, numbered 1, 2, … in document order (its sub-units' blocks
 * are theirs): the n of blockAnchorId in citation-link.ts.
 */
export function ownBlocks(u: Unit): Array<{ n: number; block: Block }> {
  const out: Array<{ n: number; block: Block }> = [];
  for (const c of u.content) if (c.kind !== 'unit') out.push({ n: out.length + 1, block: c });
  return out;
}
