// References inside the texts, as links: "tại Điều 12", "Khoản 1, Điều 5", "Tiết a, Điểm 1.1,
// Khoản 1, Điều 5 Quy định này", "Điểm 2.2.1" / "Khoản a" (relative to where they are written),
// "Mẫu 01" (a form annexed to the same text) and "Quy định số 124-QĐ/TW" (a document of the
// library). A reference becomes a link only when its target exists; "Điều 2, Điều lệ Đảng" and
// documents the library does not hold stay text. Pure; the build resolves, the tests check.
import { anchorId } from '../citation-link.ts';

export interface RefIndex {
  docId: string;
  /** Quy định (paths are Điều / khoản / điểm / tiết): "Điều N" alone means this document. */
  quyDinh: boolean;
  /** Citation paths of the document's numbered units. */
  paths: readonly (readonly string[])[];
  /** Annex ids (mau-01, mau-02, mau-3-213-…). */
  annexes: readonly string[];
  /** Library documents by their number ("124-QĐ/TW" → "qd-124-2023") and their page. */
  docs: ReadonlyMap<string, string>;
}

export interface Ref { start: number; end: number; href: string }

const SEG = String.raw`(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})`;
/** Tiết a, Điểm 1.1, Khoản 1, Điều 5 [Quy định này | Quy định số 124-QĐ/TW] — outermost last, as written. */
const CHAIN = new RegExp(String.raw`((?:(?:[Tt]iết|[Đđ]iểm|[Kk]hoản)\s+${SEG},?\s+)*)[Đđ]iều\s+(\d{1,3})(?![\p{L}\d])(?!,?\s*Điều lệ)(?:\s+(Quy định này|Quy định số\s+\d+-[\p{L}/]+))?`, 'gu');
/** "Điểm 2.2.1", "Khoản a": a clause of the same text, found from where it is written. */
const PARTIAL = new RegExp(String.raw`(?<![\p{L}])(?:Tiết|Điểm|Khoản)\s+(${SEG})(?![\p{L}\d]|\.\d)`, 'gu');
const DOC = /(?:Quy định|Hướng dẫn|Kế hoạch|Công văn) số\s+(\d+-[\p{L}/]+)/gu;
const FORM = /Mẫu\s+(?:số\s+)?(\d{1,2}(?:-\d{1,3})?)(?![\p{L}\d-])/gu;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** The unit whose path ends with `tail`, nearest to `at`: searched in `at`'s subtree, then its parent's, … (a tie at one level is no link). */
export function nearest(paths: RefIndex['paths'], at: readonly string[], tail: readonly string[]): readonly string[] | null {
  for (let depth = at.length; depth >= 0; depth -= 1) {
    const base = at.slice(0, depth);
    const hits = paths.filter((p) => p.length >= base.length + tail.length && same(p.slice(0, base.length), base) && same(p.slice(p.length - tail.length), tail));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) return null;
  }
  return null;
}

function chainPath(prefix: string, article: string): string[] {
  const inner = [...prefix.matchAll(new RegExp(String.raw`([Tt]iết|[Đđ]iểm|[Kk]hoản)\s+(${SEG})`, 'gu'))].map((m) => m[2]!).reverse();
  return [article, ...inner];
}

/** References in `text` (written in the unit at `at`, null outside the numbered body) that resolve. */
export function findRefs(text: string, at: readonly string[] | null, ix: RefIndex): Ref[] {
  const refs: Ref[] = [];
  const taken = (s: number, e: number) => refs.some((r) => s < r.end && e > r.start);
  const exists = (p: readonly string[]) => ix.paths.some((q) => same(q, p));
  for (const m of text.matchAll(CHAIN)) {
    const [all, prefix = '', article, docPart] = m;
    const path = chainPath(prefix, article!);
    let doc: string | null = null;
    if (!docPart || docPart === 'Quy định này') doc = ix.quyDinh ? ix.docId : null;
    else doc = ix.docs.get(docPart.replace(/^Quy định số\s+/u, '')) ?? null;
    if (!doc) continue;
    if (doc === ix.docId && !exists(path)) continue;
    refs.push({ start: m.index, end: m.index + all.length, href: doc === ix.docId ? `#${anchorId(path)}` : `/van-ban/${doc}/#${anchorId(path)}` });
  }
  if (at) {
    for (const m of text.matchAll(PARTIAL)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      const target = nearest(ix.paths, at, [m[1]!]);
      if (target && !same(target, at)) refs.push({ start: m.index, end: m.index + m[0].length, href: `#${anchorId(target)}` });
    }
  }
  for (const m of text.matchAll(DOC)) {
    const doc = ix.docs.get(m[1]!);
    if (doc && doc !== ix.docId && !taken(m.index, m.index + m[0].length)) refs.push({ start: m.index, end: m.index + m[0].length, href: `/van-ban/${doc}/` });
  }
  for (const m of text.matchAll(FORM)) {
    const annex = ix.annexes.find((a) => a === `mau-${m[1]}` || a.startsWith(`mau-${m[1]}-`));
    if (annex && !taken(m.index, m.index + m[0].length)) refs.push({ start: m.index, end: m.index + m[0].length, href: `#phu-luc-${annex}` });
  }
  return refs.sort((a, b) => a.start - b.start);
}
