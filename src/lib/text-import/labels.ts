// Human labels for documents, regimes and citation paths, shared by the library pages (server)
// and the search results (browser). No dependencies, so the search bundle stays small.

export const REGIME_LABELS: Record<string, string> = {
  'qd-132-2018': 'Quy định 132-QĐ/TW (08/3/2018), áp dụng đến 03/10/2023',
  'qd-124-2023': 'Quy định 124-QĐ/TW (04/10/2023), áp dụng đến 29/8/2025',
  'qd-366-2025': 'Quy định 366-QĐ/TW (30/8/2025), áp dụng từ 30/8/2025',
};

/** "2023-10-04" → "04/10/2023", "2025-08-30" → "30/8/2025" (the month as the texts print it). */
export function viDate(iso: string | null | undefined): string {
  if (!iso) return 'không rõ';
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** Label of a citation path in the document's own words. */
export function pathLabel(docId: string, path: readonly string[]): string {
  if (!path.length) return 'Toàn văn';
  if (docId.startsWith('qd-')) {
    const names = ['Điều', 'khoản', 'điểm', 'tiết'];
    return path.map((seg, i) => `${names[i] ?? 'mục'} ${seg}`).join(', ');
  }
  return `Mục ${path.join(' › ')}`;
}

/**
 * A citation path as a citation is written: innermost first for a Quy định ("điểm 4.3 khoản 4
 * Điều 12"), the compact heading chain for a plan ("mục II.B.1.3.b": "1" then "1.3" is "1.3").
 */
export function pathCitation(docId: string, path: readonly string[]): string {
  if (!path.length) return '';
  if (docId.startsWith('qd-')) {
    const names = ['Điều', 'khoản', 'điểm', 'tiết'];
    return path.map((seg, i) => `${names[i] ?? 'mục'} ${seg}`).reverse().join(' ');
  }
  return `mục ${path.filter((seg, i) => !path[i + 1]?.startsWith(`${seg}.`)).join('.')}`;
}

/**
 * The citation path encoded in a reader heading id (anchorId in citation-link.ts): "m-12-4-4_3-d"
 * → ["12","4","4.3","d"]. Ids are lower-case, so the plans' part numerals and section letters
 * ("ii", "b") are upper-cased again: in the plans the first segment is always a roman part and a
 * single letter right after it is a section.
 */
export function pathFromAnchor(docId: string, id: string): string[] | null {
  if (!id.startsWith('m-')) return null;
  const segs = id.slice(2).split('-').map((s) => s.replace(/_/g, '.'));
  if (docId.startsWith('qd-')) return segs;
  return segs.map((s, i) => (i === 0 || (i === 1 && /^[a-eđ]$/.test(s)) ? s.toUpperCase() : s));
}
