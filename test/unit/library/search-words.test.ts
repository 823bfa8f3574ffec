// Word forms the search compares (src/islands/search/words.ts) and query planning (query.ts).
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/islands/search/query.ts';
import { fold, isMarked, queryWords, tokenize, toneKey } from '../../../src/islands/search/words.ts';

describe('word forms', () => {
  it('tone keys treat old and new tone placement, y/i and leading zeros as the same word', () => {
    expect(toneKey('uỷ')).toBe(toneKey('ủy'));
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(toneKey('kỷ')).toBe(toneKey('kỉ'));
    expect(toneKey('Quy')).toBe(toneKey('qui'));
    expect(toneKey('03')).toBe('3');
    // …but never two words the user tells apart.
    expect(toneKey('nghỉ')).not.toBe(toneKey('nghị'));
    expect(toneKey('đảng')).not.toBe(toneKey('đang'));
    expect(toneKey('thủy')).not.toBe(toneKey('thủi'));
  });

  it('folding removes every mark and đ, for words typed without them', () => {
    expect(fold('Điều')).toBe('dieu');
    expect(fold('nghỉ')).toBe(fold('nghị'));
    expect(fold('TCCSĐ')).toBe('tccsd');
    expect(isMarked('dang')).toBe(false);
    expect(isMarked('đang')).toBe(true);
    expect(isMarked('nghỉ')).toBe(true);
  });

  it('tokens keep Pagefind word positions and sentence ends', () => {
    const t = tokenize('Điều 12. Xếp loại 124-QĐ/TW; trên 50%');
    expect(t.text).toEqual(['điều', '12', 'xếp', 'loại', '124', 'qđ', 'tw', 'trên', '50']);
    expect([...t.word]).toEqual([0, 1, 2, 3, 4, 4, 4, 5, 6]);
    expect([...t.stop]).toEqual([0, 1, 0, 0, 0, 0, 1, 0, 0]);
    expect(queryWords('Kiem  DIEM, dang-vien')).toEqual(['kiem', 'diem', 'dang', 'vien']);
  });
});

describe('query plan', () => {
  it('an abbreviation is one slot that also matches its long form, and the long form matches the abbreviation', () => {
    const [slot] = planQuery('HTXSNV');
    expect(slot!.alts.map((a) => a.words.map((w) => w.fold).join(' '))).toEqual(['htxsnv', 'hoan thanh xuat sac nhiem vu']);
    const long = planQuery('hội đồng nhân dân huyện');
    expect(long).toHaveLength(2);
    expect(long[0]!.alts.map((a) => a.words.map((w) => w.fold).join(' '))).toEqual(['hoi dong nhan dan', 'hdnd']);
    // Abbreviations users type that the texts spell out.
    expect(planQuery('cbcc')[0]!.alts.map((a) => a.words.map((w) => w.fold).join(' '))).toEqual(['cbcc', 'can bo cong chuc']);
    // Two-letter entries of the reader's glossary are words when typed without marks ("tu" = "tự").
    expect(planQuery('tu phe binh')[0]!.alts).toHaveLength(1);
  });

  it('an abbreviation also matches the wider wording the texts use for it, with a lower weight, one way only', () => {
    const alts = (q: string) => planQuery(q)[0]!.alts.map((a) => [a.words.map((w) => w.fold).join(' '), a.quality]);
    expect(alts('TCCS')).toEqual([['tccs', 1], ['to chuc co so', 1], ['to chuc dang', 0.6]]);
    // "Ủy ban MTTQ" and "UB MTTQ" are how the texts spell UBMTTQ: full matches.
    expect(alts('UBMTTQ')).toContainEqual(['uy ban mttq', 1]);
    expect(alts('UBMTTQ')).toContainEqual(['ub mttq', 1]);
    // Typed, the wider wording is itself, not the abbreviation.
    expect(alts('tổ chức đảng').map(([w]) => w)).not.toContain('tccs');
  });

  it('HTNV does not match inside "không hoàn thành nhiệm vụ"', () => {
    const [slot] = planQuery('HTNV');
    expect(slot!.alts[1]!.notAfter).toEqual(['khong']);
  });

  it('near phrasings weigh less than the words typed; question words that ask nothing are left out', () => {
    const [slot] = planQuery('thời hạn');
    expect(slot!.alts[0]!.quality).toBe(1);
    expect(slot!.alts.slice(1).every((a) => a.quality < 1)).toBe(true);
    expect(planQuery('xep loai nhu the nao').map((s) => s.typed.join(' '))).toEqual(['xep', 'loai']);
  });

  it('"phần trăm" is the "%" the texts write after a number: left out, and "bao nhiêu phần trăm" asks for a share', () => {
    expect(planQuery('20 phan tram').map((s) => s.typed.join(' '))).toEqual(['20']);
    const [, , share] = planQuery('xuat sac bao nhieu phan tram');
    expect(share!.typed).toEqual(['bao', 'nhieu', 'phan', 'tram']);
    expect(share!.optional).toBe(true);
    expect(share!.alts.map((a) => a.words.map((w) => w.fold).join(' '))).toContain('ti le');
  });

  it('"bao lâu", "mấy", "lúc nào" are question words: searched as what the texts say, not required', () => {
    const [, , howLong] = planQuery('kiem diem bao lau');
    expect(howLong!.optional).toBe(true);
    expect(howLong!.alts.map((a) => a.words.map((w) => w.fold).join(' '))).toContain('thoi gian');
    const [, , , howMany] = planQuery('kiem diem o may noi');
    expect(howMany!.optional).toBe(true);
    // Typed, the word itself is still searched first ("bộ máy").
    expect(howMany!.alts[0]!.words.map((w) => w.fold)).toEqual(['may']);
    expect(planQuery('chi bo hop luc nao')[3]!.optional).toBe(true);
  });

  it('at most 12 slots are searched; a term of several words is one slot, and words left out do not count', () => {
    const words = 'qa qb qc qd qe qf qg qh qk ql qm qn qp qr qs'.split(' ');
    expect(planQuery(words.join(' ')).map((s) => s.typed.join(' '))).toEqual(words.slice(0, 12));
    const q = `${words.slice(0, 10).join(' ')} phan tram hoan thanh nhiem vu qx`;
    expect(planQuery(q).map((s) => s.typed.join(' ')).slice(-2)).toEqual(['hoan thanh nhiem vu', 'qx']);
  });

  it('abbreviations users type that the texts spell out or write otherwise ("CBLĐ", "HTXS", "CT-XH")', () => {
    const long = (q: string) => planQuery(q)[0]!.alts.map((a) => a.words.map((w) => w.fold).join(' '));
    expect(long('CBLĐ')).toEqual(['cbld', 'can bo lanh dao']);
    expect(long('cbld')).toEqual(['cbld', 'can bo lanh dao']);
    expect(long('HTXS')).toEqual(['htxs', 'hoan thanh xuat sac']);
    expect(long('CT-XH')).toEqual(['ct xh', 'chinh tri xa hoi']);
    expect(long('ĐUCS')).toEqual(['ducs', 'dang uy co so', 'cap uy co so']);
  });

  it('a question word typed is searched but not required; the word it stands for, typed, is', () => {
    const [, , , who] = planQuery('kiem diem nguoi dung dau ai chu tri');
    expect(who!.typed).toEqual(['ai']);
    expect(who!.optional).toBe(true);
    expect(planQuery('thẩm quyền xếp loại')[0]!.optional).toBeUndefined();
  });

  it('a two-letter abbreviation with "Đ" is expanded only when typed with it ("ĐU", not "du" of "dư luận")', () => {
    expect(planQuery('ĐU phường')[0]!.alts.map((a) => a.words.map((w) => w.fold).join(' '))).toEqual(['du', 'dang uy']);
    expect(planQuery('du luan')[0]!.alts).toHaveLength(1);
  });

  it('marks typed ask for the exact word; no marks accept any', () => {
    const [a, b] = planQuery('nghỉ viec');
    expect(a!.alts[0]!.words[0]).toMatchObject({ exact: true, key: toneKey('nghỉ') });
    expect(b!.alts[0]!.words[0]!.exact).toBe(false);
  });

  it('a number typed as a word also matches its digits ("ở 2 nơi"), unless the word is a common one', () => {
    const digits = (q: string) => planQuery(q).map((s) => s.alts.slice(1).map((a) => a.words[0]!.fold).filter((f) => /^\d+$/.test(f)));
    expect(digits('kiem diem o hai noi')).toEqual([[], [], [], ['2'], []]);
    expect(digits('mười năm')).toEqual([['10'], []]);
    expect(digits('sáu tháng')).toEqual([['6'], []]);
    // "sau khi" (after), "trình bày", "tạm thời", "một số": no digits.
    expect(digits('sau khi trinh bay tam thoi mot so').flat()).toEqual([]);
  });
});
