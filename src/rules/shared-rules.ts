// Rules several rulesets state in the same words, built per clause: the exceptions "trừ trường
// hợp tự phát hiện và khắc phục xong hậu quả", "trừ trường hợp bất khả kháng" and the earlier-year
// violation (Quy định 124 Điều 12, restated by the Sao Đỏ 2023 and Tuy Phước 2021 plans), and who
// is not reviewed (Quy định 124 Điều 5, Quy định 366 Điều 5, the 2021, 2023 and 2025 plans). Each
// caller passes the clause that states them; a regime does not import another regime for these.
import type { CitationRef } from './docs.ts';
import type { ExceptionRule, Situation } from './model.ts';
import { hasFullMonths, viDate } from './dates.ts';
import { DV, isIndividual, type Meta } from './factories.ts';

const CENTRAL = 'van-ban-trung-uong' as const;

// ── Exceptions (each names the rule it overrides) ───────────────────────────────────────────

const SELF = 'trừ trường hợp tự phát hiện và khắc phục xong hậu quả';
export const selfDetected = (overrides: string, cite: CitationRef[], source: Meta['source'] = CENTRAL): ExceptionRule => ({
  id: `${overrides}~tu-phat-hien`, overrides, cite, source, words: SELF,
  note: 'Vi phạm đã tự phát hiện và khắc phục xong hậu quả: theo ngoại lệ của điều khoản, không tính là trường hợp làm giảm mức xếp loại.',
});
export const forceMajeure = (overrides: string, cite: CitationRef[], source: Meta['source'] = CENTRAL): ExceptionRule => ({
  id: `${overrides}~bat-kha-khang`, overrides, cite, source, words: 'trừ trường hợp bất khả kháng',
  note: 'Không đạt chỉ tiêu do bất khả kháng: theo ngoại lệ của điều khoản, không tính là trường hợp Không hoàn thành nhiệm vụ.',
});
export const earlierYear = (overrides: string, cite: CitationRef[], source: Meta['source'] = CENTRAL): ExceptionRule => ({
  id: `${overrides}~vi-pham-nam-truoc`, overrides, cite, source,
  words: 'khuyết điểm, vi phạm xảy ra từ năm trước … đến thời điểm năm đánh giá, xếp loại mới bị … thi hành kỷ luật … xem xét đánh giá, xếp loại lại tại thời điểm xảy ra khuyết điểm, vi phạm',
  note: 'Vi phạm xảy ra từ năm trước, nay mới bị kỷ luật: kỷ luật được xét để đánh giá, xếp loại lại năm xảy ra vi phạm, không tính là “bị kỷ luật trong năm đánh giá”.',
});

// ── Who is not reviewed nor rated: the exempt, the suspended and (where given) new members ──

export function memberExclusions(prefix: string, cite: CitationRef[], source: Meta['source'], words: string, newMember: { reviewed: boolean; param: string } | null, evidence?: Meta['evidence']): Situation[] {
  const base = { kinds: DV, cite, source, words, ...(evidence ? { evidence } : {}) };
  const out: Situation[] = [
    { ...base, id: `${prefix}.mien-sinh-hoat`, facts: ['partyActivity'], effect: 'not-rated', reviewed: false,
      applies: (s) => isIndividual(s) && s.partyActivity === 'mien-sinh-hoat',
      note: () => 'Đảng viên được miễn công tác và sinh hoạt đảng: không thuộc đối tượng kiểm điểm, đánh giá, xếp loại chất lượng.' },
    { ...base, id: `${prefix}.dinh-chi`, facts: ['partyActivity'], effect: 'not-rated', reviewed: false,
      applies: (s) => isIndividual(s) && s.partyActivity === 'dinh-chi',
      note: () => 'Đảng viên bị đình chỉ sinh hoạt đảng: không thuộc đối tượng kiểm điểm, đánh giá, xếp loại chất lượng.' },
  ];
  if (newMember) out.push({
    ...base, id: `${prefix}.moi-ket-nap`, facts: ['admittedOn'], params: [newMember.param], effect: 'not-rated', reviewed: newMember.reviewed,
    applies: (s, x) => isIndividual(s) && !!s.admittedOn && !hasFullMonths(s.admittedOn, x.date, x.p(newMember.param)),
    note: (s, x) => `Đảng viên mới kết nạp (${viDate((s as { admittedOn: string }).admittedOn)}) chưa đủ ${x.p(newMember.param)} tháng tính đến ngày đánh giá: không xếp loại${newMember.reviewed ? ', nhưng vẫn phải kiểm điểm tính từ ngày kết nạp' : ' và không kiểm điểm'}.`,
  });
  return out;
}
