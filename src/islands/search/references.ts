// References typed the way users type them, resolved to a clause or a document:
// "dieu 12 khoan 4", "khoản 2 điều 12", "điểm 4.3", "tiết d điểm 4.3 khoản 4 Điều 12", "II.B.5",
// "mục III.3.2", "mục 3.4", "124", "QĐ 124", "124-QĐ/TW", "Quy định 366", "HD 43", "mẫu 02", "Sao Đỏ".
// A part of the query is a reference only when it resolves to something in the library; the
// rest of the query stays for the text search ("kiem diem 2023" is not "điểm 2023").
import { pathFromAnchor, pathLabel } from '../../lib/text-import/labels.ts';
import type { Corpus } from './corpus.ts';
import type { Catalog } from './documents.ts';
import { fold } from './words.ts';

export interface Target {
  doc: string;
  /** Element id of the clause or annex; null = the document itself. */
  id: string | null;
  label: string;
}

export interface References {
  targets: Target[];
  /** The query without the parts that were references. */
  rest: string;
}

interface Unit { doc: string; id: string; path: string[] }

const units = new WeakMap<Corpus, Unit[]>();
function unitsOf(corpus: Corpus): Unit[] {
  let list = units.get(corpus);
  if (!list) {
    list = corpus.docs.flatMap((d) => d.clauses.flatMap((c) => {
      const path = c.id ? pathFromAnchor(d.id, c.id) : null;
      return path ? [{ doc: d.id, id: c.id!, path: path.map((p) => p.toLowerCase()) }] : [];
    }));
    units.set(corpus, list);
  }
  return list;
}

/** "II.B.2.2.3.a" → ["ii.b.2.2.3.a", "ii.b.2.3.a"]: the full path and the path written the way a
 * plan numbers it, where "2.3" already says it is under "2". */
function spellings(path: readonly string[]): string[] {
  const full = path.join('.');
  const short = path.filter((seg, i) => !(path[i + 1]?.startsWith(`${seg}.`))).join('.');
  return full === short ? [full] : [full, short];
}

const KIND_WORDS: Record<string, string> = { 'quy-dinh': '(?:qd|quy dinh)', 'huong-dan': '(?:hd|huong dan)', 'ke-hoach': '(?:kh|ke hoach)' };
/** Words that may stand around a reference without making it a text search ("của", "số"…). */
const FILLER = new Set(['so', 'cua', 'tai', 'theo', 'va', 'o', 'thuoc', 'van', 'ban', 'quy', 'dinh', 'ke', 'hoach', 'huong', 'dan']);

export function findReferences(query: string, corpus: Corpus, catalog: Catalog): References {
  // Folded one code point at a time, so positions in `s` are positions in `chars`.
  const chars = [...query.normalize('NFC')];
  const s = chars.map((ch) => fold(ch) || ' ').join('');
  const used = new Array<boolean>(chars.length).fill(false);
  const take = (re: RegExp): RegExpExecArray[] => [...s.matchAll(new RegExp(re.source, 'g'))];
  const consume = (m: RegExpExecArray) => { for (let i = m.index; i < m.index + m[0].length; i++) used[i] = true; };
  const targets: Target[] = [];
  const all = unitsOf(corpus);

  // Documents by number: "124", "QĐ 124", "124-QĐ/TW", "quy định 366", "HD 43".
  const docHits: Target[] = [];
  for (const d of catalog.docs) {
    const n = d.number?.match(/^(\d+)-([^/]+)/);
    if (!n) continue;
    const num = n[1]!;
    const kind = KIND_WORDS[d.kind] ?? fold(n[2]!);
    const forms = [
      new RegExp(`\\b${num}\\s*-\\s*${fold(n[2]!)}(?:\\s*/\\s*[a-z]+)?\\b`),
      new RegExp(`\\b${kind}\\s*(?:so\\s*)?${num}\\b`),
      // A number of three digits or more is the document wherever it stands ("124 thay thế quy
      // định nào"); a shorter one ("23", "43") only with its kind or suffix.
      ...(num.length >= 3 ? [new RegExp(`(?<![\\d.,/%-])\\b${num}\\b(?![.,/%-]?\\d|\\s*%)`)] : []),
    ];
    for (const re of forms) {
      const ms = take(re);
      if (ms.length) { ms.forEach(consume); if (!docHits.some((t) => t.doc === d.id)) docHits.push({ doc: d.id, id: null, label: d.shortTitle }); }
    }
  }
  // Plans by their place: "sao do nghi om", "ke hoach Hong Quang" (the rest is searched in it first).
  for (const d of catalog.docs) {
    if (!d.locality) continue;
    const ms = take(new RegExp(`\\b${[...d.locality].map((ch) => fold(ch) || ' ').join('').replace(/\s+/g, '\\s+')}\\b`));
    if (ms.length) { ms.forEach(consume); if (!docHits.some((t) => t.doc === d.id)) docHits.push({ doc: d.id, id: null, label: d.shortTitle }); }
  }

  // Articles, paragraphs, points and sub-points of a Quy định.
  const grab = (re: RegExp) => { const ms = take(re); return ms.length ? { value: ms[0]![1]!, ms } : null; };
  const dieu = grab(/\bdieu\s*(\d+)\b/);
  const khoan = grab(/\bkhoan\s*(\d+(?:\.\d+)*)\b/);
  const diem = grab(/\bdiem\s*(\d+(?:\.\d+)*|[a-z])\b/);
  const tiet = grab(/\btiet\s*([a-z])\b/);
  if (dieu || khoan || diem || tiet) {
    // Users also write "khoản 4.3" for the point and "điểm d" for the lettered sub-point.
    let point = diem && /\d/.test(diem.value) ? diem.value : khoan?.value.includes('.') ? khoan.value : null;
    const sub = tiet?.value ?? (diem && !/\d/.test(diem.value) ? diem.value : null);
    const para = khoan?.value.split('.')[0] ?? (point?.includes('.') ? point.split('.')[0]! : null);
    if (point && !point.includes('.')) point = para ? `${para}.${point}` : null;
    const want: Array<string | null> = [dieu?.value ?? null, para, point, sub];
    const match = (w: ReadonlyArray<string | null>) => {
      const d = w.reduce((n, v, i) => (v ? i + 1 : n), 0);
      return all.filter((u) => catalog.info(u.doc)?.kind === 'quy-dinh' && u.path.length === d
        && w.every((v, i) => v === null || u.path[i] === v));
    };
    let found = match(want);
    // Some paragraphs have lettered points right under them (Điều 9 khoản 2: "a)", "b)"):
    // "điểm b khoản 2 điều 9" is then Điều 9 › 2 › b.
    if (!found.length && sub && !point && para) found = match([dieu?.value ?? null, para, sub]);
    if (found.length && (dieu || found.length <= 6)) {
      for (const g of [dieu, khoan, diem, tiet]) g?.ms.forEach(consume);
      for (const u of found) targets.push({ doc: u.doc, id: u.id, label: pathLabel(u.doc, pathFromAnchor(u.doc, u.id)!) });
    }
  }

  // Parts and items of a plan: "II.B.5", "mục III.3.2", "phần II".
  for (const m of take(/\b(?:(?:muc|phan)\s*)?([ivx]+(?:\s*[.\-]\s*[a-z0-9]+)+|(?<=(?:muc|phan)\s*)[ivx]+)\.?(?![\w.])/)) {
    const typed = m[1]!.replace(/\s*[.\-]\s*/g, '.').replace(/\.$/, '');
    const found = all.filter((u) => catalog.info(u.doc)?.kind !== 'quy-dinh' && spellings(u.path).includes(typed));
    if (!found.length) continue;
    consume(m);
    for (const u of found) targets.push({ doc: u.doc, id: u.id, label: pathLabel(u.doc, pathFromAnchor(u.doc, u.id)!) });
  }

  // An item of a plan by its number alone: "mục 3.4" is every item numbered 3.4 (II › 3 › 3.4 and
  // III › 3 › 3.4 in one plan); with the plan named ("mục 3.4 kế hoạch Hồng Quang") only its own.
  for (const m of take(/\bmuc\s*(\d+(?:\s*\.\s*\d+)+)\.?(?![\w.])/)) {
    const typed = m[1]!.replace(/\s*\.\s*/g, '.');
    const found = all.filter((u) => catalog.info(u.doc)?.kind !== 'quy-dinh' && spellings(u.path).some((p) => p.endsWith(`.${typed}`)));
    const inNamed = found.filter((u) => docHits.some((d) => d.doc === u.doc));
    if (!found.length || (!inNamed.length && found.length > 6)) continue;
    consume(m);
    for (const u of inNamed.length ? inNamed : found) targets.push({ doc: u.doc, id: u.id, label: pathLabel(u.doc, pathFromAnchor(u.doc, u.id)!) });
  }

  // Annexed forms: "mẫu 02", "mau so 2".
  for (const m of take(/\b(?:bieu\s*)?mau\s*(?:so\s*)?0*(\d+)\b/)) {
    const found = corpus.docs.flatMap((d) => d.clauses.filter((c) => c.id && new RegExp(`^phu-luc-mau-0*${m[1]}(?:-|$)`).test(c.id))
      .map((c) => ({ doc: d.id, id: c.id, label: c.heading || c.id! })));
    if (!found.length) continue;
    consume(m);
    targets.push(...found);
  }

  // A clause reference with a document number points into that document only.
  const inDocs = new Set(docHits.map((t) => t.doc));
  const clauses = inDocs.size ? targets.filter((t) => inDocs.has(t.doc)) : targets;
  const result = clauses.length ? [...clauses, ...docHits.filter((d) => !clauses.some((c) => c.doc === d.doc))] : docHits;
  const rest = chars.map((ch, i) => (used[i] ? ' ' : ch)).join('').replace(/\s+/g, ' ').trim();
  const restWords = fold(rest).match(/[a-z0-9]+/g) ?? [];
  return { targets: result, rest: result.length && restWords.every((w) => FILLER.has(w)) ? '' : rest };
}
