// The search pipeline (src/islands/search/search.ts) on small documents built the way Pagefind
// delivers them (text + element ids with word positions): ranking order, honesty about missing
// words, suggestions, references, abbreviations and links to blocks. The real library is
// checked end to end in test/e2e/search.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { buildCorpus, type PfFragment } from '../../../src/islands/search/corpus.ts';
import { Catalog, localityOf, type DocInfo } from '../../../src/islands/search/documents.ts';
import { planQuery } from '../../../src/islands/search/query.ts';
import { rankClauses, withReadings } from '../../../src/islands/search/rank.ts';
import { search } from '../../../src/islands/search/search.ts';
import { toneKey } from '../../../src/islands/search/words.ts';

interface El { tag: string; id?: string; text: string }

/** A Pagefind fragment of a page made of these elements (Pagefind ends each block with "."). */
function fragment(doc: string, title: string, els: El[]): PfFragment {
  let words = 0;
  const parts: string[] = [];
  const anchors: NonNullable<PfFragment['anchors']> = [];
  for (const e of els) {
    const text = /[.!?;:]$/.test(e.text) ? e.text : `${e.text}.`;
    if (e.id) anchors.push({ element: e.tag, id: e.id, text: e.text, location: words });
    parts.push(text);
    words += text.split(/\s+/).length;
  }
  return { url: `/van-ban/${doc}/`, content: parts.join(' '), meta: { title }, anchors };
}

const doc = (id: string, over: Partial<DocInfo> = {}): DocInfo => ({
  id, kind: 'ke-hoach', number: null, shortTitle: id, year: 2023, regime: 'qd-124-2023',
  status: { code: 'ke-hoach-nam', label: '' }, relations: [], published: true, ...over,
});
const CATALOG = new Catalog([
  doc('qd-124-2023', { kind: 'quy-dinh', number: '124-QĐ/TW', shortTitle: 'Quy định 124-QĐ/TW', status: { code: 'het-hieu-luc', label: '', since: '2025-08-30' }, relations: [{ type: 'bi-thay-the', doc: 'qd-366-2025' }] }),
  doc('qd-366-2025', { kind: 'quy-dinh', number: '366-QĐ/TW', shortTitle: 'Quy định 366-QĐ/TW', regime: 'qd-366-2025', status: { code: 'con-hieu-luc', label: '' }, published: false }),
  doc('hd-43-2025', { kind: 'huong-dan', number: '43-HD/BTCTW', shortTitle: 'Hướng dẫn 43-HD/BTCTW', regime: 'qd-366-2025', status: { code: 'con-hieu-luc', label: '' }, published: false }),
  doc('kh-sao-do-2023', { locality: 'Sao Đỏ' }),
  doc('kh-hong-quang-2025', { year: 2025, regime: 'qd-366-2025' }),
]);

const QD = fragment('qd-124-2023', 'Quy định 124-QĐ/TW', [
  { tag: 'h1', text: 'Quy định 124-QĐ/TW' },
  { tag: 'h3', id: 'm-12', text: 'Điều 12. Tiêu chí xếp loại' },
  { tag: 'h4', id: 'm-12-2', text: '2. Hoàn thành tốt nhiệm vụ' },
  { tag: 'p', text: 'Là cá nhân có các tiêu chí đạt trung bình trở lên.' },
  { tag: 'h4', id: 'm-12-4', text: '4. Không hoàn thành nhiệm vụ' },
  { tag: 'h5', id: 'm-12-4-4_3', text: '4.3. Đối với cá nhân' },
  { tag: 'h6', id: 'm-12-4-4_3-d', text: 'd) Bị xử lý kỷ luật trong năm đánh giá.' },
  { tag: 'h6', id: 'm-12-4-4_3-e', text: 'e) Trong năm có nghị quyết về việc bị kỷ luật.' },
]);
const SAO_DO = fragment('kh-sao-do-2023', 'Kế hoạch Sao Đỏ', [
  { tag: 'h2', id: 'm-ii', text: 'II. NỘI DUNG' },
  { tag: 'h3', id: 'm-ii-b', text: 'B. ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG' },
  { tag: 'h4', id: 'm-ii-b-5', text: '5. Một số điểm lưu ý' },
  { tag: 'p', id: 'm-ii-b-5--1', text: '- Tập thể, cá nhân phải hoàn thành việc kiểm điểm mới được đánh giá.' },
  { tag: 'p', id: 'm-ii-b-5--2', text: '- Đảng viên nghỉ ốm từ 03 tháng trở lên thì xếp loại theo thời gian làm việc.' },
  { tag: 'p', id: 'm-ii-b-5--3', text: '- Ốm nặng phải nghỉ việc thì báo cáo chi bộ; cấp ủy viên bị đình chỉ sinh hoạt cấp ủy.' },
  { tag: 'h4', id: 'm-ii-b-6', text: '6. Khen thưởng' },
  { tag: 'p', text: 'Đảng viên Hoàn thành xuất sắc nhiệm vụ được tặng giấy khen; thường trực HĐND và UBND chịu trách nhiệm.' },
  { tag: 'h4', id: 'm-ii-b-7', text: '7. Trường hợp người được khen thưởng đột xuất trong năm vì có thành tích đặc biệt xuất sắc trong phong trào' },
]);
const HONG_QUANG = fragment('kh-hong-quang-2025', 'Kế hoạch Hồng Quang', [
  { tag: 'h2', id: 'm-iii', text: 'III. ĐÁNH GIÁ, XẾP LOẠI' },
  { tag: 'h3', id: 'm-iii-3', text: '3. Trình tự' },
  { tag: 'p', text: '- Đảng viên nghỉ ốm từ 03 tháng trở lên thì xếp loại theo thời gian làm việc.' },
]);
// A page of facts about a document whose text the library lacks.
const FACTS_366 = fragment('qd-366-2025', 'Quy định 366-QĐ/TW', [
  { tag: 'h1', text: 'Quy định 366-QĐ/TW' },
  { tag: 'h2', id: 'm-12', text: 'Điều 12' },
  { tag: 'li', text: 'Tập thể có thành viên bị kỷ luật từ khiển trách trở lên thì không hoàn thành nhiệm vụ.' },
]);
const corpus = buildCorpus([QD, SAO_DO, HONG_QUANG, FACTS_366], (id) => CATALOG.info(id)?.published === false);
const run = (q: string) => search(corpus, CATALOG, q);
const hrefs = (q: string) => run(q).groups.flatMap((g) => g.sections.map((s) => s.href.replace(/\?[^#]*/, '')));

describe('ranking', () => {
  it('the words as a phrase come before the same words apart, and rules in force before superseded ones', () => {
    expect(hrefs('nghi om 3 thang').slice(0, 2)).toEqual(['/van-ban/kh-hong-quang-2025/#m-iii-3', '/van-ban/kh-sao-do-2023/#m-ii-b-5--2']);
  });

  it('a result links to the block that holds the words, and carries them for the landing highlight', () => {
    const s = run('nghỉ ốm').groups.find((g) => g.docId === 'kh-sao-do-2023')!.sections[0]!;
    expect(s.href).toBe(`/van-ban/kh-sao-do-2023/?tim=${encodeURIComponent('nghỉ ốm')}#m-ii-b-5--2`);
    expect(s.excerpt.filter((r) => r.mark).map((r) => r.text)).toEqual(['nghỉ', 'ốm']);
  });

  it('marks typed mean the exact word: "nghị" is found after "nghỉ" only by folding', () => {
    const first = hrefs('nghị quyết kỷ luật')[0];
    expect(first).toBe('/van-ban/qd-124-2023/#m-12-4-4_3-e');
  });

  it('the heading bonus counts the marker and short title, not a long heading sentence', () => {
    const order = hrefs('khen thưởng');
    expect(order.indexOf('/van-ban/kh-sao-do-2023/#m-ii-b-6')).toBeLessThan(order.indexOf('/van-ban/kh-sao-do-2023/#m-ii-b-7'));
  });

  it('words of the headings above a clause count for it ("xếp loại" in B, "cá nhân" in 4.3)', () => {
    expect(hrefs('khong hoan thanh nhiem vu ca nhan ky luat')[0]).toBe('/van-ban/qd-124-2023/#m-12-4-4_3-d');
  });

  it('the words that tie a question together ("cho", "tại", "thì") need not be in the clause; the others must', () => {
    const tier = (q: string) => rankClauses(corpus, planQuery(q), { staleness: () => 0 }).find((h) => h.anchor === 'm-ii-b-5--3')?.tier;
    expect(tier('om nang bao cao cho chi bo')).toBe(3);
    expect(tier('om nang bao cao tinh chi bo')).toBeLessThan(3);
  });

  it('a plan named by its place is searched first ("sao do nghi om"); the place is read from the issuer', () => {
    expect(hrefs('nghi om 3 thang')[0]).toBe('/van-ban/kh-hong-quang-2025/#m-iii-3');
    expect(hrefs('sao do nghi om 3 thang')[0]).toBe('/van-ban/kh-sao-do-2023/#m-ii-b-5--2');
    expect(hrefs('Sao Đỏ')).toEqual(['/van-ban/kh-sao-do-2023/']);
    expect(['Đảng ủy phường Sao Đỏ', 'Ban Thường vụ Huyện ủy Tuy Phước', 'Ban Thường vụ Tỉnh ủy', 'Bộ Chính trị'].map(localityOf))
      .toEqual(['Sao Đỏ', 'Tuy Phước', null, null]);
  });

  it('abbreviations are searched both ways', () => {
    expect(hrefs('HTXSNV')).toContain('/van-ban/kh-sao-do-2023/#m-ii-b-6');
    expect(hrefs('thuong truc hoi dong nhan dan')[0]).toBe('/van-ban/kh-sao-do-2023/#m-ii-b-6');
  });

  it('every result has the status and regime badge of its document', () => {
    const groups = run('nghi om').groups;
    expect(groups.find((g) => g.docId === 'kh-hong-quang-2025')!.badge).toMatchObject({ inForce: true, status: 'Theo Quy định 366: đang áp dụng' });
    expect(groups.find((g) => g.docId === 'kh-sao-do-2023')!.badge).toMatchObject({ inForce: false, status: 'Theo Quy định 124: hết hiệu lực từ 30/8/2025 — thay bằng Quy định 366' });
  });
});

describe('words found nowhere', () => {
  it('are reported, and one word left of two is not shown as if it were the query', () => {
    const o = run('xoa luat');
    expect(o.missing).toEqual(['xoa']);
    expect(o.groups).toEqual([]);
  });

  it('a word only on a page of facts is in no document\'s text: reported, and only that page is listed', () => {
    const o = run('khien trach');
    expect(o.missing).toEqual(['khien']);
    expect(o.inFacts).toBe(true);
    expect(o.groups.map((g) => g.docId)).toEqual(['qd-366-2025']);
  });

  it('with enough words left, results for those are shown and marked partial', () => {
    const o = run('xep loai dang vien zzqxv');
    expect(o.missing).toEqual(['zzqxv']);
    expect(o.partial).toBe(true);
    expect(o.groups.length).toBeGreaterThan(0);
  });

  it('a typo with a close word that fits is searched with that word and still reported as found nowhere', () => {
    const o = run('dang vein nghi om');
    expect(o.missing).toEqual(['vein']);
    expect(o.corrections).toEqual([{ from: 'vein', to: 'viên' }]);
    expect(o.partial).toBe(false);
    expect(decodeURIComponent(o.groups[0]!.sections[0]!.href)).toContain('?tim=đảng viên nghỉ ốm');
    // No close word that fits: the results are for the other words, as before.
    expect(run('xep loai dang vien zzqxv').corrections).toEqual([]);
  });

  it('of a term typed with a typo ("hoàn thành tốt nhiêm vụ"), only the word found nowhere is reported', () => {
    const o = run('hoàn thành tốt nhiêm vụ');
    expect(o.missing).toEqual(['nhiêm']);
    expect(o.corrections).toEqual([{ from: 'nhiêm', to: 'nhiệm' }]);
    expect(hrefs('hoàn thành tốt nhiêm vụ')[0]).toBe('/van-ban/qd-124-2023/#m-12-2');
  });

  it('a word typed with marks that the texts only have with other marks is not found', () => {
    expect(run('nghĩ').missing).toEqual(['nghĩ']);
  });

  it('a close word that fits next to the other words is suggested, with the texts\' marks', () => {
    expect(run('kiem dim').suggestion).toBe('kiểm điểm');
    expect(run('xqzvbnt')).toMatchObject({ missing: ['xqzvbnt'], suggestion: null, groups: [] });
  });
});

describe('references', () => {
  it('a clause reference as typed jumps to the clause first', () => {
    for (const q of ['dieu 12 khoan 4', 'khoản 4 Điều 12', 'Điều 12, khoản 4']) expect(hrefs(q)[0], q).toBe('/van-ban/qd-124-2023/#m-12-4');
    expect(hrefs('điểm 4.3')[0]).toBe('/van-ban/qd-124-2023/#m-12-4-4_3');
    expect(hrefs('tiết d điểm 4.3 khoản 4 điều 12')[0]).toBe('/van-ban/qd-124-2023/#m-12-4-4_3-d');
    expect(hrefs('II.B.5')[0]).toBe('/van-ban/kh-sao-do-2023/#m-ii-b-5');
    expect(run('dieu 12 khoan 4').groups[0]!.sections[0]!.reference).toBe(true);
  });

  it('a document number opens the document, or its card when the library has only facts about it', () => {
    for (const q of ['124', 'QĐ 124', '124-QĐ/TW', 'quy dinh 124']) expect(hrefs(q)[0], q).toBe('/van-ban/qd-124-2023/');
    expect(hrefs('366')[0]).toBe('/van-ban/qd-366-2025/');
    expect(hrefs('3.6')).not.toContain('/van-ban/qd-366-2025/');
    expect(hrefs('HD 43')[0]).toBe('/van-ban/#hd-43-2025');
  });

  it('a document number inside a longer query searches that document first, but not a percentage or a part of another number', () => {
    expect(hrefs('124 xử lý kỷ luật')[0]).toMatch(/^\/van-ban\/qd-124-2023\//);
    expect(run('124% ky luat').groups.flatMap((g) => g.sections).some((s) => s.reference)).toBe(false);
    expect(run('3-124 ky luat').groups.flatMap((g) => g.sections).some((s) => s.reference)).toBe(false);
  });

  it('an article of a full text comes before the same article on a page of facts', () => {
    expect(hrefs('Điều 12').slice(0, 2)).toEqual(['/van-ban/qd-124-2023/#m-12', '/van-ban/qd-366-2025/#m-12']);
  });

  it('a number that names nothing stays a word of the text search', () => {
    const o = run('kiem diem 2023');
    expect(o.groups.flatMap((g) => g.sections).some((s) => s.reference)).toBe(false);
  });
});

describe('words typed without marks', () => {
  const PLAN = buildCorpus([fragment('kh-sao-do-2023', 'Kế hoạch Sao Đỏ', [
    { tag: 'h2', id: 'm-i', text: 'I. Chi bộ tự đánh giá' },
    { tag: 'p', text: 'Chi bộ trực thuộc họp. Chi bộ cơ sở họp. Bị kỷ luật trong kỳ đánh giá.' },
    { tag: 'h2', id: 'm-ii', text: 'II. Cán bộ' },
    { tag: 'p', text: 'Cán bộ hoàn thành chỉ tiêu; thảo luận kỹ.' },
  ])]);
  const readings = (q: string) => withReadings(PLAN, planQuery(q)).map((s) => [...(s.alts[0]!.words[0]!.readings ?? [])]);

  it('are read the way the texts write them beside the word typed next to them ("chi bo" is "chi bộ", not "chỉ … bộ")', () => {
    expect(readings('chi bo')).toEqual([[toneKey('chi')], [toneKey('bộ')]]);
    // Side by side only once ("kỷ luật"): too little to tell; a word typed with marks keeps its own.
    expect(readings('ky luat')).toEqual([[], []]);
    expect(readings('chi bộ')).toEqual([[toneKey('chi')], []]);
    // A number says nothing about its neighbour.
    expect(readings('muc 3')).toEqual([[], []]);
    // "bộ" and "chỉ" close together in II ("Cán bộ hoàn thành chỉ tiêu") are not "chi bo" as
    // typed: II has the words only folded (tier 2), no longer as if typed (tier 3).
    const hits = rankClauses(PLAN, planQuery('chi bo'), { staleness: () => 0 });
    expect(hits.find((h) => h.clause.id === 'm-ii')!.tier).toBe(2);
    expect(hits.find((h) => h.clause.id === 'm-i')!.tier).toBe(4);
  });
});

describe('a clause\'s own title', () => {
  it('counts as a heading: the title has some words, the others are close together in the text', () => {
    const LEVELS = buildCorpus([fragment('kh-sao-do-2023', 'Kế hoạch Sao Đỏ', [
      { tag: 'h4', id: 'm-ii-b-1-1_3', text: '1.3. Tiêu chí xếp loại' },
      { tag: 'h5', id: 'm-ii-b-1-1_3-b', text: 'b) Hoàn thành tốt nhiệm vụ.' },
      { tag: 'p', text: '- Đối với chi bộ phải có 90% đảng viên được xếp loại chất lượng trở lên.' },
      { tag: 'h5', id: 'm-ii-b-1-1_3-c', text: 'c) Đối với tổ chức, cơ quan, đơn vị, chi bộ, tập thể, cá nhân.' },
      { tag: 'p', text: '- Hoàn thành tốt nhiệm vụ; đảng viên được xếp loại.' },
    ])]);
    const tier = (q: string, id: string) => rankClauses(LEVELS, planQuery(q), { staleness: () => 0 }).find((h) => h.clause.id === id)?.tier;
    expect(tier('chi bộ HTTNV cần bao nhiêu đảng viên', 'm-ii-b-1-1_3-b')).toBe(3);
    // A long title barely made of query words ("chi bộ" of a list) does not count as a heading.
    expect(tier('chi bộ HTTNV cần bao nhiêu đảng viên', 'm-ii-b-1-1_3-c')).toBe(2);
  });
});

describe('an abbreviation the headings word differently', () => {
  it('TCCS finds the criteria under "… tổ chức đảng", not those for members', () => {
    const CRITERIA = buildCorpus([fragment('kh-sao-do-2023', 'Kế hoạch Sao Đỏ', [
      { tag: 'h4', id: 'm-ii-b-1', text: '1. Đánh giá, xếp loại chất lượng tổ chức đảng.' },
      { tag: 'h5', id: 'm-ii-b-1-1_2', text: '1.2. Khung tiêu chí đánh giá.' },
      { tag: 'h4', id: 'm-ii-b-2', text: '2. Đánh giá, xếp loại chất lượng đảng viên.' },
      { tag: 'h5', id: 'm-ii-b-2-2_3-a', text: 'a) Hoàn thành xuất sắc nhiệm vụ.' },
      { tag: 'p', text: '- Các tiêu chí được đánh giá đạt cấp độ “Xuất sắc”; những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt”.' },
      { tag: 'p', text: '- Không vượt quá 20% số đảng viên trong từng tổ chức cơ sở đảng.' },
    ])]);
    const hits = rankClauses(CRITERIA, planQuery('tieu chi danh gia TCCS'), { staleness: () => 0 });
    expect(hits[0]!.clause.id).toBe('m-ii-b-1-1_2');
    // The texts' own long form, typed, still comes before the wider wording.
    const own = rankClauses(CRITERIA, planQuery('TCCS'), { staleness: () => 0 });
    expect(own[0]!.clause.id).toBe('m-ii-b-2-2_3-a');
  });
});

describe('the block a result links to', () => {
  it('a list\'s lead-in and its item hold every word together: the item, not a longer block with the common words', () => {
    const LIST = buildCorpus([fragment('kh-sao-do-2023', 'Kế hoạch Sao Đỏ', [
      { tag: 'h5', id: 'm-ii-b-1-1_5-b', text: 'b) Đánh giá, xếp loại chi bộ trực thuộc.' },
      { tag: 'p', id: 'm-ii-b-1-1_5-b--1', text: '- Các chủ thể có liên quan tham gia đánh giá, xếp loại chất lượng gồm:' },
      { tag: 'p', id: 'm-ii-b-1-1_5-b--2', text: '+ Đối với chi bộ trực thuộc đảng ủy phường: Ban thường trực ủy ban MTTQ phường.' },
      { tag: 'p', id: 'm-ii-b-1-1_5-b--3', text: '- Văn phòng tổng hợp kết quả tham gia đánh giá của các chủ thể đối với chi bộ trực thuộc đảng ủy.' },
    ])]);
    const hit = rankClauses(LIST, planQuery('UBMTTQ tham gia đánh giá chi bộ trực thuộc'), { staleness: () => 0 })[0]!;
    expect(hit.anchor).toBe('m-ii-b-1-1_5-b--2');
    // As many words in each ("đánh giá, xếp loại" | "ban thường trực ủy ban MTTQ"): the item, which completes the lead-in.
    const item = rankClauses(LIST, planQuery('đánh giá xếp loại ban thường trực ủy ban MTTQ'), { staleness: () => 0 })[0]!;
    expect(item.anchor).toBe('m-ii-b-1-1_5-b--2');
    // A block with every word is still the link.
    const one = rankClauses(LIST, planQuery('văn phòng tổng hợp kết quả tham gia'), { staleness: () => 0 })[0]!;
    expect(one.anchor).toBe('m-ii-b-1-1_5-b--3');
  });
});

describe('plan items by number', () => {
  const PLANS = buildCorpus([
    fragment('kh-hong-quang-2025', 'Kế hoạch Hồng Quang', [
      { tag: 'h2', id: 'm-ii', text: 'II. KIỂM ĐIỂM' }, { tag: 'h3', id: 'm-ii-3', text: '3. Cách thức' },
      { tag: 'h4', id: 'm-ii-3-3_4', text: '3.4. Thời gian kiểm điểm' }, { tag: 'p', text: 'Tối thiểu 01/2 ngày.' },
      { tag: 'h2', id: 'm-iii', text: 'III. ĐÁNH GIÁ' }, { tag: 'h3', id: 'm-iii-3', text: '3. Trình tự' },
      { tag: 'h4', id: 'm-iii-3-3_4', text: '3.4. Cán bộ kiêm nhiệm' }, { tag: 'p', text: 'Xếp loại ở nơi giữ chức vụ cao nhất.' },
    ]),
    fragment('kh-sao-do-2023', 'Kế hoạch Sao Đỏ', [
      { tag: 'h2', id: 'm-ii', text: 'II. NỘI DUNG' }, { tag: 'h3', id: 'm-ii-b', text: 'B. ĐÁNH GIÁ' }, { tag: 'h4', id: 'm-ii-b-3', text: '3. Tập thể' },
      { tag: 'h5', id: 'm-ii-b-3-3_4', text: '3.4. Trách nhiệm, thẩm quyền' }, { tag: 'p', text: 'Ban Thường vụ quyết định.' },
    ]),
  ]);
  const first = (q: string) => search(PLANS, CATALOG, q).groups.flatMap((g) => g.sections).filter((s) => s.reference && s.href.includes('#')).map((s) => s.href.replace(/\?[^#]*/, ''));

  it('"mục 3.4" is every item numbered 3.4; with the plan named, only that plan\'s', () => {
    expect(first('muc 3.4')).toEqual(expect.arrayContaining(['/van-ban/kh-hong-quang-2025/#m-ii-3-3_4', '/van-ban/kh-hong-quang-2025/#m-iii-3-3_4', '/van-ban/kh-sao-do-2023/#m-ii-b-3-3_4']));
    expect(first('mục 3.4 kế hoạch Sao Đỏ')).toEqual(['/van-ban/kh-sao-do-2023/#m-ii-b-3-3_4']);
    // Without "mục" a number stays a word of the text search.
    expect(first('3.4')).toEqual([]);
  });
});
