// Kế hoạch 15-KH/ĐU of Đảng ủy phường Hồng Quang (27/11/2025, seed 002) over 366-QĐ/TW and
// HD 43-HD/BTCTW. The plan adds the who-is-reviewed list, the special situations of III.3 and
// the quota wording of III.2; the rating bands themselves are the central ones.
import type { CitationRef } from '../docs.ts';
import type { Cap, Condition, RuleLayer, Situation } from '../model.ts';
import { param } from '../params.ts';
import { viDate, hasFullMonths, yearOf } from '../dates.ts';
import { ALL, COLL, DV, headCap, isIndividual, LD, scoreAtLeast, scoreBelow, type Meta } from '../factories.ts';
import { memberExclusions } from '../shared-rules.ts';
import { HD43, Q366 } from '../regimes/qd366.ts';
import { beforeAndAfterAppointment, chiBoFirst, formerOrgComments, headAfterUnit, oldUnitComments, sinceEstablishment, sinceReorganization, superiorCommitteeComments, temporaryActivityComments } from '../procedures.ts';

export const HQ = (...path: string[]): CitationRef => ({ doc: 'kh-hong-quang-2025', path });
const L = 'ke-hoach-dia-phuong' as const;
const FROM = '2025-11-27';
const A11 = Q366('11');
const STEP1 = HQ('III', '2', '2.1');
const m = (cite: CitationRef[], words: string, kinds: Meta['kinds']): Meta => ({ cite, words, kinds, source: 'van-ban-trung-uong', evidence: 'A' });

const params = [
  param('hq.moi-ket-nap.thang', 6, FROM, 'thang', 'Số tháng kể từ ngày kết nạp', HQ('II', '1', '1.3'), 'đảng viên mới kết nạp chưa đủ 6 tháng', L),
  param('hq.moi-bo-nhiem.thang', 6, FROM, 'thang', 'Cán bộ được bổ nhiệm chưa đủ số tháng này: xếp loại theo kết quả trước và sau bổ nhiệm', HQ('III', '3', '3.4'), 'Cán bộ lãnh đạo quản lý được bổ nhiệm chức vụ lần đầu chưa đủ 06 tháng tính đến thời điểm đánh giá, xếp loại', L),
  param('hq.dieu-dong.thang', 6, FROM, 'thang', 'Cán bộ được điều động, bổ nhiệm sang đơn vị mới chưa đủ số tháng này: đơn vị cũ gửi nhận xét', HQ('III', '3', '3.4'), 'đã là cán bộ lãnh đạo, quản lý được điều động hoặc bổ nhiệm sang cơ quan, đơn vị mới nhưng chưa đủ 06 tháng tính đến thời điểm đánh giá, xếp loại', L),
  param('hq.chuyen-cong-tac.thang', 6, FROM, 'thang', 'Đảng viên chuyển công tác đã sinh hoạt ở tổ chức đảng trước đây từ số tháng này: lấy ý kiến nhận xét của tổ chức đó', HQ('III', '3', '3.2'), 'Đảng viên chuyển công tác có thời gian sinh hoạt đảng ở tổ chức đảng trước đây từ 06 tháng trở lên', L),
  param('hq.om.thang', 3, FROM, 'thang', 'Tổng số tháng nghỉ ốm để xếp loại theo kết quả làm việc thực tế', HQ('III', '3', '3.2'), 'Đảng viên nghỉ ốm với tổng thời gian trong năm từ 03 tháng trở lên', L),
  param('hq.quota.ty-le', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa Hoàn thành xuất sắc so với số Hoàn thành tốt', HQ('III', '2', '2.3'), 'không vượt quá 20% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng', L),
  param('hq.quota.ty-le-noi-troi', 0.25, FROM, 'ti-le', 'Tỉ lệ tối đa khi tổ chức, cơ quan, đơn vị có thành tích xuất sắc, nổi trội', HQ('III', '2', '2.3'), 'không vượt quá 25% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ"', L),
  param('hq.nho.so-luong', 5, FROM, 'so-luong', 'Nhóm nhỏ: dưới số này và 100% Hoàn thành tốt thì được chọn 01 Hoàn thành xuất sắc', HQ('III', '3', '3.4'), 'Những nơi có dưới 05 tổ chức đảng; 05 tập thể lãnh đạo, quản lý; 05 đảng viên; 05 cán bộ lãnh đạo, quản lý và có 100% tập thể, cá nhân xếp loại “Hoàn thành tốt nhiệm vụ” thì được chọn 01 …', L),
];

const W21 = 'Căn cứ tiêu chí đánh giá và thang điểm quy định, từng tập thể, cá nhân tự phân tích kết quả đạt được, tự đánh giá theo từng nhóm tiêu chí, tính tổng điểm và xác định mức xếp loại chất lượng theo 01 trong 04 mức';

// The score bands are central (366 Điều 11); the plan's III.2.1 is where the score is computed,
// so it is cited second.
const scores: Condition[] = [
  scoreAtLeast('q366.htxsnv.diem', 'HTXSNV', 'q366.diem.htxsnv', m([A11, STEP1], `Hoàn thành xuất sắc nhiệm vụ: tổng điểm từ 90 trở lên. ${W21}.`, ALL)),
  scoreAtLeast('q366.httnv.diem', 'HTTNV', 'q366.diem.httnv', m([A11, STEP1], `Hoàn thành tốt nhiệm vụ: tổng điểm từ 70 đến dưới 90. ${W21}.`, ALL)),
  scoreAtLeast('q366.htnv.diem', 'HTNV', 'q366.diem.htnv', m([A11, STEP1], `Hoàn thành nhiệm vụ: tổng điểm từ 50 đến dưới 70. ${W21}.`, ALL)),
  scoreBelow('q366.khtnv.diem', 'q366.diem.htnv', m([A11, STEP1], `Không hoàn thành nhiệm vụ: tổng điểm dưới 50. ${W21}.`, ALL)),
];

const situations: Situation[] = [
  // Replaces the central exclusions of 366 Điều 5 (same ids): the plan's list is cited first.
  ...memberExclusions('q366.dv', [HQ('II', '1', '1.3'), Q366('5')], L, 'Đảng viên trong toàn Đảng bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng).', null),
  // Same rule as 366 Điều 5 [A]; the plan's list of who is reviewed is cited first.
  { id: 'q366.dv.moi-ket-nap', kinds: DV, cite: [HQ('II', '1', '1.3'), Q366('5')], source: 'van-ban-trung-uong', evidence: 'A', facts: ['admittedOn'], params: ['hq.moi-ket-nap.thang'], effect: 'not-rated', reviewed: false,
    words: 'Đảng viên trong toàn Đảng bộ (trừ … đảng viên mới kết nạp chưa đủ 6 tháng)',
    applies: (s, x) => isIndividual(s) && !!s.admittedOn && !hasFullMonths(s.admittedOn, x.date, x.p('hq.moi-ket-nap.thang')),
    note: (s, x) => `Đảng viên mới kết nạp (${viDate((s as { admittedOn: string }).admittedOn)}) chưa đủ ${x.p('hq.moi-ket-nap.thang')} tháng tính đến ngày đánh giá: không kiểm điểm và không xếp loại.` },
  { id: 'q366.dv.nghi-om-thai-san', kinds: DV, cite: [HQ('III', '3', '3.2'), HD43], source: 'huong-dan-trung-uong', evidence: 'B', facts: ['sickLeaveMonths', 'maternityLeave'], params: ['hq.om.thang'], effect: 'note',
    words: 'Đảng viên nghỉ ốm với tổng thời gian trong năm từ 03 tháng trở lên hoặc đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm được căn cứ vào kết quả làm việc thực tế của năm đó.',
    applies: (s, x) => isIndividual(s) && ((s.sickLeaveMonths ?? 0) >= x.p('hq.om.thang') || !!s.maternityLeave),
    note: (s) => `${isIndividual(s) && s.maternityLeave ? 'Đảng viên nghỉ thai sản' : 'Đảng viên nghỉ ốm tổng cộng từ 03 tháng trở lên'}: kết quả xếp loại được căn cứ vào kết quả làm việc thực tế của năm.` },
  { id: 'hq.ld.moi-bo-nhiem', kinds: LD, cite: [HQ('III', '3', '3.4')], source: L, evidence: 'S', facts: ['leadership.appointedOn'], params: ['hq.moi-bo-nhiem.thang'], effect: 'note',
    words: 'Cán bộ lãnh đạo quản lý được bổ nhiệm chức vụ lần đầu chưa đủ 06 tháng tính đến thời điểm đánh giá, xếp loại: … Lấy kết quả thực hiện nhiệm vụ trong thời gian không giữ chức vụ lãnh đạo, quản lý và kết quả thực hiện nhiệm vụ kể từ thời điểm giữ chức vụ lãnh đạo, quản lý làm căn cứ để cấp thẩm quyền quyết định xếp loại theo quy định.',
    applies: (s, x) => isIndividual(s) && !!s.leadership?.appointedOn && !hasFullMonths(s.leadership.appointedOn, x.date, x.p('hq.moi-bo-nhiem.thang')),
    note: (s, x) => `Được bổ nhiệm từ ${viDate((s as { leadership: { appointedOn: string } }).leadership.appointedOn)}, chưa đủ ${x.p('hq.moi-bo-nhiem.thang')} tháng: vẫn đánh giá, xếp loại (kết quả nào làm căn cứ: xem việc cần làm trước khi xếp loại).` },
  { id: 'hq.tc.moi-thanh-lap', kinds: COLL, cite: [HQ('III', '3', '3.3')], source: L, evidence: 'S', facts: ['establishedOn'], effect: 'note',
    words: 'Đối với những nơi mới thành lập thì đánh giá, xếp loại trên cơ sở kết quả thực hiện chức năng, nhiệm vụ từ thời điểm thành lập đến thời điểm đánh giá, xếp loại. Đối với những nơi chia tách, sáp nhập thì thực hiện đánh giá, xếp loại theo kết quả thực hiện chức năng, nhiệm vụ trước thời điểm chia tách, sáp nhập và kết quả thực hiện nhiệm vụ sau thời điểm chia tách, sáp nhập.',
    applies: (s, x) => !isIndividual(s) && !!s.establishedOn && yearOf(s.establishedOn) === x.year,
    note: (s) => `Thành lập (hoặc chia tách, sáp nhập) từ ${viDate((s as { establishedOn: string }).establishedOn)}: vẫn đánh giá, xếp loại (kết quả nào làm căn cứ: xem việc cần làm trước khi xếp loại).` },
  // Restates HD 43's basis of an organization's rating (same id as the central situation).
  { id: 'q366.tc.co-so-xep-loai', kinds: ['to-chuc-dang'], cite: [HQ('III', '3', '3.3'), HD43], source: L, facts: ['members', 'subOrganizations'], effect: 'note',
    words: 'Kết quả đánh giá, xếp loại tổ chức đảng dựa trên kết quả đánh giá, xếp loại chất lượng của tập thể lãnh đạo quản lý, tổ chức đảng trực thuộc (nếu có) và toàn bộ đảng viên thuộc tổ chức đảng.',
    applies: (s) => s.kind === 'to-chuc-dang' && !!(s.members || s.subOrganizations),
    note: () => 'Kết quả xếp loại tổ chức đảng dựa trên kết quả xếp loại của tập thể lãnh đạo, tổ chức đảng trực thuộc và toàn bộ đảng viên (Kế hoạch Hồng Quang III.3.3); không có ngưỡng tỉ lệ cụ thể, cấp có thẩm quyền cân nhắc.' },
  { id: 'hq.ld.tham-nhung-khong-the-biet', kinds: LD, cite: [HQ('III', '3', '3.4')], source: L, evidence: 'S', facts: ['leadership.subordinateCorruption'], effect: 'note',
    words: 'Trường hợp có tổ chức hoặc cá nhân trong phạm vi quản lý trực tiếp có hành vi tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật mà người đứng đầu … không thể biết hoặc đã áp dụng các biện pháp cần thiết theo thẩm quyền để phòng ngừa, ngăn chặn … thì không bị ảnh hưởng đến kết quả kiểm điểm, đánh giá, xếp loại',
    applies: (s) => isIndividual(s) && (s.leadership?.subordinateCorruption ?? []).length > 0,
    note: () => 'Nếu người đứng đầu không thể biết hoặc đã áp dụng các biện pháp cần thiết để phòng ngừa, ngăn chặn hành vi tham nhũng, tiêu cực của tổ chức, cá nhân thuộc quyền thì không bị ảnh hưởng (Kế hoạch Hồng Quang III.3.4) — hồ sơ chưa thể hiện điều này nên kết quả vẫn tính theo quy định chung.' },
];

const caps: Cap[] = [
  headCap('hq.ld.nguoi-dung-dau', {
    id: 'hq.ld.nguoi-dung-dau~moi-chuyen-den', overrides: 'hq.ld.nguoi-dung-dau', cite: [HQ('III', '3', '3.4')], source: L, evidence: 'S',
    words: 'Đối với cán bộ lãnh đạo, quản lý được phân công bổ nhiệm giữ chức vụ người đứng đầu … mà trong tập thể lãnh đạo, quản lý … nơi chuyển đến bị kỷ luật hoặc có thành viên bị kỷ luật … tại thời điểm trước thì kết quả đánh giá, xếp loại của người đứng đầu không bị ảnh hưởng.',
    note: 'Người đứng đầu mới được bổ nhiệm, chuyển đến, không liên quan đến kết quả của đơn vị trước đó: kết quả xếp loại không bị ảnh hưởng bởi mức của đơn vị (Kế hoạch Hồng Quang nêu cụ thể trường hợp tập thể, thành viên bị kỷ luật, suy thoái từ trước).',
  }, { cite: [HQ('III', '3', '3.4')], words: 'Mức xếp loại của người đứng đầu không được cao hơn mức xếp loại của tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị do mình đứng đầu.', kinds: LD, source: L, evidence: 'S' }),
];

const P32 = HQ('III', '3', '3.2'), P34 = HQ('III', '3', '3.4');
const W_TRANSFER = 'Đảng viên chuyển công tác có thời gian sinh hoạt đảng ở tổ chức đảng trước đây từ 06 tháng trở lên thì phải lấy ý kiến nhận xét của tổ chức đảng trước đây gửi về tổ chức đảng đang sinh hoạt để làm căn cứ đánh giá, xếp loại. Trường hợp tổ chức đảng trước đây sinh hoạt đã giải thể thì cấp ủy cấp trên trực tiếp của tổ chức đảng đó chịu trách nhiệm việc nhận xét, đánh giá.';

const procedures = [
  formerOrgComments({ id: 'hq.dv.chuyen-cong-tac', cite: [P32], source: L, evidence: 'S', words: W_TRANSFER }, 'hq.chuyen-cong-tac.thang', false),
  superiorCommitteeComments({ id: 'hq.dv.to-chuc-cu-giai-the', cite: [P32], source: L, evidence: 'S', words: W_TRANSFER }, 'hq.chuyen-cong-tac.thang'),
  temporaryActivityComments({ id: 'q366.dv.sinh-hoat-tam-thoi', cite: [P32, HD43], source: L, evidence: 'B', words: 'Đảng viên đang sinh hoạt đảng tạm thời thì kiểm điểm, đánh giá, xếp loại ở nơi sinh hoạt đảng chính thức. Trước khi đánh giá, xếp loại chất lượng đảng viên phải lấy ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời gửi chi bộ nơi sinh hoạt chính thức để làm căn cứ đánh giá, xếp loại chất lượng đảng viên.' }),
  beforeAndAfterAppointment({ id: 'hq.ld.truoc-va-sau-bo-nhiem', cite: [P34], source: L, evidence: 'S', words: 'Cán bộ lãnh đạo quản lý được bổ nhiệm chức vụ lần đầu chưa đủ 06 tháng tính đến thời điểm đánh giá, xếp loại: Ngoài việc kiểm điểm ở chi bộ nơi sinh hoạt; phải thực hiện kiểm điểm tại tập thể lãnh đạo, quản lý ở nơi đang công tác. Lấy kết quả thực hiện nhiệm vụ trong thời gian không giữ chức vụ lãnh đạo, quản lý và kết quả thực hiện nhiệm vụ kể từ thời điểm giữ chức vụ lãnh đạo, quản lý làm căn cứ … Trường hợp … đã là lãnh đạo, quản lý nhưng được bổ nhiệm chức vụ mới cao hơn trong cùng một cơ quan, đơn vị mà thời gian giữ chức vụ mới … chưa đủ 06 tháng: … Lấy kết quả thực hiện nhiệm vụ trong thời gian giữ chức vụ trước khi bổ nhiệm và kết quả thực hiện nhiệm vụ kể từ thời điểm giữ chức vụ lãnh đạo, quản lý theo chức danh mới làm căn cứ' }, 'hq.moi-bo-nhiem.thang'),
  oldUnitComments({ id: 'hq.ld.y-kien-don-vi-cu', cite: [P34], source: L, evidence: 'S', words: 'Trường hợp cán bộ, công chức, viên chức đã là cán bộ lãnh đạo, quản lý được điều động hoặc bổ nhiệm sang cơ quan, đơn vị mới nhưng chưa đủ 06 tháng tính đến thời điểm đánh giá, xếp loại thì cơ quan, đơn vị cũ có trách nhiệm gửi nhận xét, đánh giá kết quả thực hiện chức trách, nhiệm vụ tại cơ quan, đơn vị cũ về cơ quan, đơn vị mới để cấp có thẩm quyền tại cơ quan, đơn vị mới quyết định đánh giá, xếp loại theo quy định.' }, 'hq.dieu-dong.thang'),
  sinceReorganization({ id: 'hq.cn.sau-sap-xep', cite: [P34], source: L, words: 'Trường hợp cán bộ, công chức, viên chức thay đổi vị trí công tác theo yêu cầu sắp xếp tinh gọn tổ chức bộ máy (không bao gồm các trường hợp nêu trên) thì tiến hành đánh giá, xếp loại theo kết quả thực hiện nhiệm vụ từ thời điểm sau khi sắp xếp.' }),
  sinceEstablishment({ id: 'hq.tc.tu-khi-thanh-lap', cite: [HQ('III', '3', '3.3')], source: L, evidence: 'S', words: 'Đối với những nơi mới thành lập thì đánh giá, xếp loại trên cơ sở kết quả thực hiện chức năng, nhiệm vụ từ thời điểm thành lập đến thời điểm đánh giá, xếp loại. Đối với những nơi chia tách, sáp nhập thì thực hiện đánh giá, xếp loại theo kết quả thực hiện chức năng, nhiệm vụ trước thời điểm chia tách, sáp nhập và kết quả thực hiện nhiệm vụ sau thời điểm chia tách, sáp nhập.' }),
  headAfterUnit({ id: 'q366.ld.xep-sau-tap-the', cite: [HQ('III', '3', '3.1'), Q366('12')], source: L, words: 'Đánh giá, xếp loại tập thể lãnh đạo, quản lý trước, cá nhân thành viên tập thể lãnh đạo, quản lý sau; tập thể cấp dưới trước, cấp trên sau. Hoàn thành đánh giá, xếp loại tập thể lãnh đạo, quản lý trước khi đánh giá, xếp loại người đứng đầu.' },
    'Hoàn thành đánh giá, xếp loại tập thể lãnh đạo, quản lý (và tổ chức, cơ quan, đơn vị) do mình đứng đầu trước, rồi mới đánh giá, xếp loại người đứng đầu.'),
  chiBoFirst({ id: 'hq.cn.kiem-diem-chi-bo-truoc', cite: [HQ('II', '3', '3.2'), P32], source: L, words: 'Đảng viên giữ chức vụ lãnh đạo, quản lý kiểm điểm ở chi bộ trước, kiểm điểm ở tập thể lãnh đạo, quản lý sau. … Đánh giá, xếp loại chất lượng đảng viên theo kết quả thực hiện nhiệm vụ tại chi bộ.' },
    'Là thành viên tập thể lãnh đạo, quản lý cấp trên: kiểm điểm ở chi bộ trước, ở tập thể lãnh đạo, quản lý sau; xếp loại đảng viên theo kết quả thực hiện nhiệm vụ tại chi bộ.'),
];

export const HONG_QUANG: RuleLayer = {
  id: 'kh-hong-quang-2025',
  label: 'Kế hoạch 15-KH/ĐU của Đảng ủy phường Hồng Quang (2025)',
  params,
  conditions: scores,
  caps,
  situations,
  procedures,
  silences: [
    { id: 'q366.im-lang.cong-chuc', kinds: DV, when: (s) => isIndividual(s) && !!s.civilServantRating, note: 'Các tài liệu về Quy định 366-QĐ/TW, Hướng dẫn 43 và Kế hoạch Hồng Quang không nêu mức trần của xếp loại đảng viên theo xếp loại cán bộ, công chức, viên chức.' },
    { id: 'q366.im-lang.tran-tap-the', kinds: ['tap-the-lanh-dao'], when: (s) => s.kind === 'tap-the-lanh-dao' && !!s.organizationRating, note: 'Các tài liệu về Quy định 366-QĐ/TW và Kế hoạch Hồng Quang không nêu mức trần của tập thể lãnh đạo theo xếp loại của tổ chức.' },
  ],
  // The plan's III.3.3 (situation q366.tc.co-so-xep-loai, with its citation) says what the central silence said.
  removes: [{ id: 'q366.im-lang.to-chuc' }, { id: 'q366.im-lang.bo-nhiem' }, { id: 'q366.im-lang.thanh-lap' }],
};
