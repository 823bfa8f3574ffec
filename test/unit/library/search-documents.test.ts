// The documents as the search sees them (src/islands/search/library-docs.ts, read from
// src/content at build time) and the status and regime badge every result shows.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src/islands/search/documents.ts';
import { LIBRARY_DOCS } from '../../../src/islands/search/library-docs.ts';
import { ROOT } from './support.ts';

const catalog = new Catalog(LIBRARY_DOCS);

describe('documents known to the search', () => {
  it('every content file is read (a glob that matches nothing would silently drop the badges)', () => {
    const files = ['texts', 'unpublished'].flatMap((d) => readdirSync(join(ROOT, 'src/content', d)).filter((f) => f.endsWith('.json')));
    expect(LIBRARY_DOCS.map((d) => `${d.id}.json`).sort()).toEqual(files.sort());
    expect(LIBRARY_DOCS.filter((d) => d.published).map((d) => d.id).sort()).toEqual(['kh-hong-quang-2025', 'kh-sao-do-2023', 'kh-tinh-uy-2022', 'kh-tuy-phuoc-2021', 'qd-124-2023']);
  });

  it('badges say which rules are in force and what replaced the others', () => {
    expect(catalog.badge('qd-366-2025')).toMatchObject({ inForce: true, status: 'Đang áp dụng', regime: 'Quy định 366' });
    expect(catalog.badge('kh-hong-quang-2025')).toMatchObject({ inForce: true, status: 'Theo Quy định 366: đang áp dụng', regime: 'Kế hoạch cho kỳ đánh giá năm 2025' });
    expect(catalog.badge('qd-124-2023')).toMatchObject({ inForce: false, staleness: 1, status: 'Hết hiệu lực từ 30/8/2025 — thay bằng Quy định 366' });
    expect(catalog.badge('kh-sao-do-2023')).toMatchObject({ inForce: false, regime: 'Kế hoạch cho kỳ đánh giá năm 2023', status: 'Theo Quy định 124: hết hiệu lực từ 30/8/2025 — thay bằng Quy định 366' });
    expect(catalog.badge('kh-tuy-phuoc-2021')).toMatchObject({ inForce: false, staleness: 2, status: 'Theo Quy định 132: hết hiệu lực từ 04/10/2023 — thay bằng Quy định 124 (nay là Quy định 366)' });
    expect(catalog.badge('qd-366-2025')!.factsOnly).toBe(true);
    expect(catalog.badge('qd-124-2023')!.factsOnly).toBe(false);
    expect(catalog.badge('nope')).toBeNull();
  });
});
