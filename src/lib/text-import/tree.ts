// Builds the numbered tree of a document body from its paragraphs, following the document's
// own numbering scheme (`grammar`, outermost level first). Paragraphs without a marker, list
// items and page artifacts stay in order inside the deepest open unit.
import { anchorId } from '../citation-link.ts';
import { splitHeading } from './headings.ts';
import { bulletOf, isNextInSequence, markerCandidates, type MarkerCandidate, type MarkerType } from './markers.ts';
import type { LeadEmphasis } from './normalize.ts';
import type { Block, Unit } from './schema.ts';

export type BodyPara = { kind: 'text'; text: string; line: number; emphasis?: LeadEmphasis } | { kind: 'block'; block: Block };

export interface TreeResult { units: Unit[]; warnings: string[] }

interface Open { unit: Unit; level: number; lastChild: Partial<Record<MarkerType, string>> }

export function blockOf(text: string): Block {
  const b = bulletOf(text);
  return b ? { kind: 'item', bullet: b.bullet, text: b.text } : { kind: 'p', text };
}

export function buildTree(paras: readonly BodyPara[], grammar: readonly MarkerType[]): TreeResult {
  const units: Unit[] = [];
  const warnings: string[] = [];
  const stack: Open[] = [];
  const topLast: Partial<Record<MarkerType, string>> = {};
  const ids = new Set<string>();

  const lastChildOf = (level: number): Partial<Record<MarkerType, string>> => {
    for (let i = stack.length - 1; i >= 0; i -= 1) if (stack[i]!.level < level) return stack[i]!.lastChild;
    return topLast;
  };

  /** Pick the reading of an ambiguous marker ("C." roman 100 or section C) that continues its sequence. */
  const choose = (cands: MarkerCandidate[]): MarkerCandidate | undefined => {
    const usable = cands.filter((c) => grammar.includes(c.type));
    if (usable.length <= 1) return usable[0];
    const continuing = usable.filter((c) => isNextInSequence(c.type, lastChildOf(grammar.indexOf(c.type))[c.type], c.segment));
    return continuing[0] ?? usable[0];
  };

  const push = (content: Block | Unit) => {
    const top = stack[stack.length - 1];
    if (top) top.unit.content.push(content);
    else if (content.kind === 'unit') units.push(content);
    else throw new Error(`text before the first numbered heading: "${'text' in content ? content.text.slice(0, 60) : content.kind}"`);
  };

  for (let i = 0; i < paras.length; i += 1) {
    const para = paras[i]!;
    if (para.kind === 'block') { push(para.block); continue; }
    const cand = choose(markerCandidates(para.text));
    if (!cand) {
      // "Bước 3:" after lettered points of "Bước 2": the step belongs to the enclosing unit.
      if (/^Bước\s+\d+\s*[:.]/u.test(para.text)) {
        while (stack.length > 1 && stack[stack.length - 1]!.unit.type === 'chu-cai') stack.pop();
      }
      push(blockOf(para.text));
      continue;
    }
    const level = grammar.indexOf(cand.type);
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    lastChildOf(level)[cand.type] = cand.segment;

    let path: string[] | null = null;
    if (cand.type !== 'chuong') {
      const parentPath = [...stack].reverse().find((o) => o.unit.path)?.unit.path ?? [];
      path = [...parentPath, cand.segment];
      if (cand.type === 'so-2' || cand.type === 'so-3') {
        const prefix = cand.segment.split('.').slice(0, -1).join('.');
        const parentSeg = parentPath[parentPath.length - 1];
        if (parentSeg !== prefix) warnings.push(`"${cand.segment}" under "${parentPath.join('/')}" (line ${para.line})`);
      }
    }
    const id = path ? anchorId(path) : `chuong-${cand.segment.toLowerCase()}`;
    if (ids.has(id)) throw new Error(`duplicate heading id ${id} at line ${para.line}: "${para.text.slice(0, 60)}"`);
    ids.add(id);

    let text = cand.text;
    // "Chương I" printed on its own line, its title in capitals on the next one.
    if (cand.type === 'chuong' && !text) {
      const next = paras[i + 1];
      if (next?.kind === 'text' && markerCandidates(next.text).length === 0) { text = next.text; i += 1; }
    }
    const { title, lead, emphasis } = splitHeading(cand.type, cand.marker, text, para.emphasis);
    const unit: Unit = { kind: 'unit', type: cand.type, id, path, marker: cand.marker, title, ...(emphasis ? { emphasis } : {}), content: lead ? [{ kind: 'p', text: lead }] : [] };
    if (parent) parent.unit.content.push(unit); else units.push(unit);
    stack.push({ unit, level, lastChild: {} });
  }
  return { units, warnings };
}
