// Pages of the documents the library knows only by facts (Quy định 366 and 132, Hướng dẫn 43, 21
// and 25): every fact with how well it is sourced, articles anchored for citations, links to
// where the library's texts say the same, and relations both ways. Needs a build in OUT_DIR.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorId, blockAnchorId } from '../../../src/lib/citation-link.ts';
import { relationsOf } from '../../../src/lib/reader/relations.ts';
import { EVIDENCE_LABELS, FactDocSchema } from '../../../src/lib/text-import/schema.ts';
import { DIST, ROOT, builtFromCurrentSources } from './support.ts';

const FACTS = join(ROOT, 'src/content/unpublished');
const factDocs = readdirSync(FACTS).map((f) => FactDocSchema.parse(JSON.parse(readFileSync(join(FACTS, f), 'utf8'))));
const page = (doc: string) => readFileSync(join(DIST, 'van-ban', doc, 'index.html'), 'utf8');
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('facts of the unpublished documents', () => {
  it('cover 366, 132, HD 43, HD 21 and HD 25', () => {
    expect(factDocs.map((d) => d.docId).sort()).toEqual(['hd-21-2019', 'hd-25-2023', 'hd-43-2025', 'qd-132-2018', 'qd-366-2025']);
  });
  it('cite 366 by article as regimes.md has it (Điều 1, 5, 10, 11, 12, 15)', () => {
    const qd366 = factDocs.find((d) => d.docId === 'qd-366-2025')!;
    expect([...new Set(qd366.facts.flatMap((f) => f.path ?? []))]).toEqual(['1', '5', '10', '11', '12', '15']);
    expect(qd366.facts.filter((f) => f.path?.[0] === '11').map((f) => f.evidence)).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B']);
  });
  it('relations are shown both ways, an inferred one with its reason', () => {
    const all = [
      ...factDocs.map((d) => ({ docId: d.docId, relations: d.relations })),
      { docId: 'kh-hong-quang-2025', relations: [{ type: 'thuc-hien' as const, doc: 'qd-366-2025', note: 'x', inferred: 'vì sao' }] },
    ];
    expect(relationsOf('qd-366-2025', all)).toContainEqual({ type: 'duoc-thuc-hien', doc: 'kh-hong-quang-2025', note: 'x', inferred: 'vì sao', derived: true });
    // A relation both sides state is not repeated.
    expect(relationsOf('qd-366-2025', all).filter((r) => r.doc === 'hd-43-2025')).toHaveLength(1);
  });
});

describe.skipIf(!builtFromCurrentSources())('fact pages (needs a build in OUT_DIR)', () => {
  it.each(factDocs.map((d) => [d.docId, d] as const))('%s: every fact, its source level, inside the searchable text', (id, d) => {
    const html = decode(page(id));
    const body = html.slice(html.indexOf('data-pagefind-body'));
    expect(body).toContain('Sổ tay không có toàn văn văn bản này');
    for (const f of d.facts) {
      const at = body.indexOf(f.text);
      expect(at, f.text.slice(0, 40)).toBeGreaterThan(0);
      expect(body.slice(at, at + f.text.length + 400)).toContain(EVIDENCE_LABELS[f.evidence]);
    }
    if (!d.facts.length) expect(body).toContain('Chưa có điểm nội dung nào');
  });

  it('Điều 11 of Quy định 366 has an anchor to land on', () => {
    expect(page('qd-366-2025')).toContain(`<h2 id="${anchorId(['11'])}">Điều 11</h2>`);
  });

  it('every "cũng thấy tại" link lands on a clause or block that exists', () => {
    let links = 0;
    for (const d of factDocs) for (const f of d.facts) for (const s of f.seen ?? []) {
      const id = s.block ? blockAnchorId(s.path, s.block) : anchorId(s.path);
      expect(page(d.docId)).toContain(`href="/van-ban/${s.doc}/#${id}"`);
      expect(page(s.doc), `${d.docId} → ${s.doc}#${id}`).toContain(` id="${id}"`);
      links += 1;
    }
    expect(links).toBeGreaterThan(10);
  });

  it('the sources of the S facts say what the fact says', () => {
    const hq = decode(page('kh-hong-quang-2025'));
    const block = (id: string) => hq.slice(hq.indexOf(`id="${id}"`), hq.indexOf('</p>', hq.indexOf(`id="${id}"`)));
    expect(block(blockAnchorId(['III', '3', '3.4'], 8))).toContain('Mức xếp loại của người đứng đầu không được cao hơn');
    expect(block(blockAnchorId(['III', '3', '3.4'], 12))).toContain('Những nơi có dưới 05 tổ chức đảng');
    expect(block(blockAnchorId(['III', '3', '3.2'], 2))).toContain('nghỉ ốm');
  });

  it('the library and the texts show the relations both ways; Hồng Quang → 366 says it is inferred', () => {
    const qd124 = decode(page('qd-124-2023'));
    expect(qd124).toMatch(/Được thực hiện bởi <a href="\/van-ban\/kh-sao-do-2023\/">/);
    expect(qd124).toMatch(/Bị thay thế bởi <a href="\/van-ban\/qd-366-2025\/">/);
    const qd366 = decode(page('qd-366-2025'));
    expect(qd366).toMatch(/Được thực hiện bởi <a href="\/van-ban\/kh-hong-quang-2025\/">[^<]+<\/a> \([^)]*\) — <strong class="inferred">suy ra, văn bản không nêu:<\/strong> Kế hoạch không nêu Quy định 366-QĐ\/TW/);
    expect(decode(page('kh-hong-quang-2025'))).toMatch(/Thực hiện <a href="\/van-ban\/qd-366-2025\/">[^<]+<\/a> \([^)]*\) — <strong class="inferred">suy ra/);
    const index = decode(readFileSync(join(DIST, 'van-ban', 'index.html'), 'utf8'));
    expect(index).toContain('href="/van-ban/hd-25-2023/"');
  });
});
