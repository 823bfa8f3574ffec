// The text of a block as runs the reader renders: plain text, footnote marks (¹ ² …) that link
// to their footnote, and references that link to their target (crossrefs.ts). Pure, so the
// build and the tests share it.
import type { Ref } from './crossrefs.ts';
import type { AbbrAt } from './glossary.ts';

export type InlineRun =
  | { kind: 'text'; text: string }
  | { kind: 'note'; n: number; mark: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'abbr'; text: string; meaning: string };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export const superscriptValue = (mark: string): number => Number([...mark].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));

/** Split `text` at the footnote marks that name one of the document's footnotes (`notes`: their numbers), at `refs` and at abbreviations outside them. */
export function inlineRuns(text: string, notes: ReadonlySet<number>, refs: readonly Ref[] = [], abbrs: readonly AbbrAt[] = []): InlineRun[] {
  const cuts: Array<{ start: number; end: number; run: InlineRun }> = refs.map((r) => ({ start: r.start, end: r.end, run: { kind: 'link', text: text.slice(r.start, r.end), href: r.href } }));
  for (const a of abbrs) {
    if (!cuts.some((c) => a.start < c.end && a.end > c.start)) cuts.push({ start: a.start, end: a.end, run: { kind: 'abbr', text: a.abbr, meaning: a.meaning } });
  }
  for (const m of text.matchAll(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu)) {
    const n = superscriptValue(m[0]);
    if (notes.has(n) && !cuts.some((c) => m.index < c.end && m.index + m[0].length > c.start)) cuts.push({ start: m.index, end: m.index + m[0].length, run: { kind: 'note', n, mark: m[0] } });
  }
  cuts.sort((a, b) => a.start - b.start);
  const runs: InlineRun[] = [];
  let at = 0;
  for (const c of cuts) {
    if (c.start < at) continue;
    if (c.start > at) runs.push({ kind: 'text', text: text.slice(at, c.start) });
    runs.push(c.run);
    at = c.end;
  }
  if (at < text.length) runs.push({ kind: 'text', text: text.slice(at) });
  return runs;
}
