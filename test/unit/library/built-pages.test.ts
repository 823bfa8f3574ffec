// The built reader pages (not only the JSON) keep ≥ 99 % of each source's words in order, and
// only the document text is marked for the search index. Needs a build in OUT_DIR (npm test
// builds first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceWords } from '../../../src/lib/text-import/import.ts';
import { inOrderRatio, words } from '../../../src/lib/text-import/words.ts';
import { DIST, DOCS, rawSource } from './support.ts';

const built = existsSync(join(DIST, 'van-ban', 'qd-124-2023', 'index.html'));

/** Text of the element marked data-pagefind-body, tags removed and entities decoded. */
function articleText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  expect(start).toBeGreaterThan(0);
  const body = html.slice(html.lastIndexOf('<', start), html.indexOf('</article>', start));
  return body.replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe.skipIf(!built)('built reader pages (needs a build in OUT_DIR)', () => {
  it.each(DOCS)('$docId: ≥ 99 % of the source words, in order, in the page', ({ profile, docId }) => {
    const html = readFileSync(join(DIST, 'van-ban', docId, 'index.html'), 'utf8');
    const r = inOrderRatio(sourceWords(rawSource(profile)), words(articleText(html)));
    expect(r.ratio, `missing: ${r.missing.join(' ')}`).toBeGreaterThanOrEqual(0.99);
  });

  it('only reader pages are marked for the search index', () => {
    for (const page of ['index.html', 'van-ban/index.html', 'tra-cuu/index.html']) {
      expect(readFileSync(join(DIST, page), 'utf8')).not.toContain('data-pagefind-body');
    }
  });

  it('the search index covers exactly the five documents', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.vi.page_count).toBe(5);
  });
});
