// The text of a block as runs the reader renders: plain text and footnote marks (¹ ² …) that
// link to their footnote. Pure, so the build and the tests share it.

export type InlineRun =
  | { kind: 'text'; text: string }
  | { kind: 'note'; n: number; mark: string };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export const superscriptValue = (mark: string): number => Number([...mark].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));

/** Split `text` at the footnote marks that name one of the document's footnotes (`notes`: their numbers). */
export function inlineRuns(text: string, notes: ReadonlySet<number>): InlineRun[] {
  const runs: InlineRun[] = [];
  let at = 0;
  for (const m of text.matchAll(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu)) {
    const n = superscriptValue(m[0]);
    if (!notes.has(n)) continue;
    if (m.index > at) runs.push({ kind: 'text', text: text.slice(at, m.index) });
    runs.push({ kind: 'note', n, mark: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ kind: 'text', text: text.slice(at) });
  return runs;
}
