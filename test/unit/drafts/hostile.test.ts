// Hostile input at the draft boundaries: rating words that are Object.prototype's names, a
// "__proto__" key in a stored or imported draft, files that are too big, in UTF-16, or not text.
import { describe, expect, it } from 'vitest';
import { parsePastedList } from '../../../src/lib/meeting/paste.ts';
import { ratingFromCell } from '../../../src/lib/meeting/rating-words.ts';
import { decodeImport, readImportFile, MAX_IMPORT_BYTES } from '../../../src/lib/drafts/transfer.ts';
import { forbiddenKeyPath, parseDraftRecord } from '../../../src/lib/drafts/schema.ts';
import { makeDraft } from '../../../src/lib/drafts/store.ts';
import { newPersonalReview } from '../../../src/lib/meeting/review.ts';

describe('pasted lists', () => {
  it('never take a rating from Object.prototype', () => {
    const { lines, errors } = parsePastedList('A; constructor\nB; __proto__\nC; toString\nD; hasOwnProperty\nE; httnv');
    expect(lines.map((l) => l.proposed)).toEqual(['', '', '', '', 'HTTNV']);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('“constructor”');
  });
});

describe('spreadsheet cells', () => {
  it('never take a rating from Object.prototype', () => {
    expect(['constructor', 'Constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'].map(ratingFromCell)).toEqual([null, null, null, null, null, null]);
    expect(['HTTNV', 'Hoàn thành tốt nhiệm vụ', 'K.X.L', ''].map(ratingFromCell)).toEqual(['HTTNV', 'HTTNV', 'KHONG_XEP_LOAI', '']);
  });
});

describe('draft records', () => {
  const review = () => makeDraft({ type: 'review', name: 'x', data: newPersonalReview('2025-12-01') });
  it('refuse a "__proto__" key anywhere, naming where (JSON.parse makes it an own key)', () => {
    const raw = JSON.parse(JSON.stringify(review()).replace('"texts":{}', '"texts":{"__proto__":"mất?","I1":"ok"}'));
    expect(forbiddenKeyPath(raw)).toEqual(['data', 'texts', '__proto__']);
    expect(parseDraftRecord(raw)).toEqual({ ok: false, error: expect.stringContaining('data.texts.__proto__') });
    expect(parseDraftRecord(review()).ok).toBe(true);
  });
});

describe('import files', () => {
  it('are refused by size before being read', async () => {
    let read = false;
    const big = { size: MAX_IMPORT_BYTES + 1, arrayBuffer: async () => { read = true; return new ArrayBuffer(0); } } as unknown as Blob;
    expect(await readImportFile(big)).toEqual({ ok: false, error: expect.stringMatching(/Tệp quá lớn.*20 MB.*không được đọc/) });
    expect(read).toBe(false);
  });
  it('are read in UTF-8 with or without BOM and in UTF-16 either way; bytes that are not text are refused', () => {
    const text = '{"tên":"Nguyễn Văn Á"}';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(Buffer.from(text, 'utf16le')).swap16();
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), le, Buffer.concat([Buffer.from([0xfe, 0xff]), be]), be]) {
      const r = decodeImport(new Uint8Array(bytes));
      expect(r.ok && JSON.parse(r.value.replace(/^\uFEFF/, ''))).toEqual({ tên: 'Nguyễn Văn Á' });
    }
    expect(decodeImport(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]))).toEqual({ ok: false, error: expect.stringContaining('không phải văn bản') });
  });
});
