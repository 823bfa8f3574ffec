// Test helper: the seed texts as people read them (NFC, the seed-004 "ƣ" extraction damage
// repaired, whitespace collapsed), and a check that quoted words sit under the cited heading.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILES: Record<string, string> = {
  'kh-sao-do-2023': '000_243cca67c2ac36b8.txt',
  'kh-tuy-phuoc-2021': '001_c61b7bc13c8d3822.txt',
  'kh-hong-quang-2025': '002_41972c884b39c079.txt',
  'qd-124-2023': '003_565f1a3572090fb0.txt',
  'kh-tinh-uy-2022': '004_eb64ec55095de8a4.txt',
};

const cache = new Map<string, string>();

export function sourceText(doc: string): string {
  let t = cache.get(doc);
  if (t === undefined) {
    const url = new URL(`../../../src/content/sources/${FILES[doc]}`, import.meta.url);
    t = readFileSync(fileURLToPath(url), 'utf8').normalize('NFC').replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư');
    cache.set(doc, t);
  }
  return t;
}

export const squash = (s: string) => s.normalize('NFC').replace(/(\p{L}|\d)-[ \t]*\n\s*/gu, '$1-').replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/“ /g, '“').trim();

/** Index just after the heading chain `path` (each segment searched after the previous one), or -1. */
export function headingIndex(doc: string, path: readonly string[]): number {
  const t = sourceText(doc);
  let at = 0;
  for (const seg of path) {
    const esc = seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(^|\\n)[ \\t*]*${esc}\\s*[.\\-)]?[ \\t]`, 'g');
    re.lastIndex = at;
    const m = re.exec(t);
    if (!m) return -1;
    at = m.index + m[0].length;
  }
  return at;
}

/** True when every fragment of `words` (split at "…") appears, in order, after the cited heading and within `span` characters. */
export function quotedUnder(doc: string, path: readonly string[], words: string, span = 8000): boolean {
  const at = headingIndex(doc, path);
  if (at < 0) return false;
  const region = squash(sourceText(doc).slice(at, at + span));
  let from = 0;
  for (const frag of words.split('…').map((s) => squash(s).replace(/^[.,;: ]+|[.,;: ]+$/g, '')).filter(Boolean)) {
    const i = region.indexOf(frag, from);
    if (i < 0) return false;
    from = i + frag.length;
  }
  return true;
}
