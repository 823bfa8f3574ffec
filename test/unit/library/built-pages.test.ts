// The built reader pages (not only the JSON) keep ≥ 99 % of each source's words in order, and
// only the document text is marked for the search index. Needs a build in OUT_DIR (npm test
// builds first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsKept } from '../../../src/lib/text-import/import.ts';
import { DIST, DOCS, rawSource, builtFromCurrentSources } from './support.ts';

const built = builtFromCurrentSources();

const toText = (html: string) => html.replace(/<[^>]+>/g, ' ')
  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The document's text on the page (the part after the title block and the contents, up to the
 * provenance note), tags removed and entities decoded: the running text and the footnotes.
 */
function articleText(html: string): { text: string; footnotes: string } {
  expect(html).toContain('data-pagefind-body');
  const start = html.indexOf('<div class="doc-text">');
  expect(start).toBeGreaterThan(0);
  const body = html.slice(start, html.indexOf('<section class="provenance"', start));
  const notes = body.match(/<section[^>]*data-footnotes[^>]*>[\s\S]*?<\/section>/)?.[0] ?? '';
  return { text: toText(body.replace(notes, ' ')), footnotes: toText(notes) };
}

describe.skipIf(!built)('built reader pages (needs a build in OUT_DIR)', () => {
  it.each(DOCS)('$docId: every source word, in order, in the page', ({ profile, docId }) => {
    const html = readFileSync(join(DIST, 'van-ban', docId, 'index.html'), 'utf8');
    const { text, footnotes } = articleText(html);
    const r = wordsKept(rawSource(profile), text, footnotes);
    expect(r.ratio, `missing: ${r.missing.join(' ')}`).toBe(1);
  });

  it('only reader pages are marked for the search index', () => {
    for (const page of ['index.html', 'van-ban/index.html', 'tra-cuu/index.html']) {
      expect(readFileSync(join(DIST, page), 'utf8')).not.toContain('data-pagefind-body');
    }
  });

  it('the search index covers the five texts and the five documents known by their facts', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.vi.page_count).toBe(10);
  });
});
