// In-place preview of a cited clause, offline: the reader page of the document (precached by the
// service worker) is fetched once, parsed with DOMParser, and the clause is found by the id its
// heading carries (src/lib/citation-link.ts anchorId). Only textContent is taken — the preview
// is shown as text, never as HTML.
const pages = new Map<string, Promise<Document>>();

/** Longest preview, in characters (the full text is one tap away in the library). */
export const PREVIEW_MAX = 1500;

export async function clauseText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  const hashAt = url.indexOf('#');
  const page = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const id = hashAt >= 0 ? decodeURIComponent(url.slice(hashAt + 1)) : '';
  let doc = pages.get(page);
  if (!doc) {
    doc = fetcher(page).then(async (r) => {
      if (!r.ok) throw new Error(`không tải được văn bản (mã ${r.status})`);
      return new DOMParser().parseFromString(await r.text(), 'text/html');
    });
    pages.set(page, doc);
    doc.catch(() => pages.delete(page));
  }
  const d = await doc;
  const head = id ? d.getElementById(id) : d.querySelector('h1');
  if (!head) throw new Error('không tìm thấy mục này trong văn bản');
  // The heading's unit holds the clause and everything under it; leave out the copy-link buttons.
  const unit = (head.closest('.unit') ?? head).cloneNode(true) as Element;
  for (const n of unit.querySelectorAll('.copy-link, [data-copy-link]')) n.remove();
  const text = (unit.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > PREVIEW_MAX ? `${text.slice(0, text.lastIndexOf(' ', PREVIEW_MAX))} …` : text;
}
