// The quota a plan sets for a vote when no rating ruleset covers that plan (only the 2022
// provincial plan: leadership members). Quotas of the four rulesets come from the rules engine
// (a `nhom-tuong-dong` case); this is not a second implementation of them.
import { shortCitation } from '../docs.ts';
import { valueAt } from '../params.ts';
import type { OwnQuota } from './model.ts';
import type { QuotaInfo, QuotaQuestion } from './tally.ts';

export function ownQuota(q: OwnQuota, g: QuotaQuestion, date: string): QuotaInfo {
  const share = valueAt(q.share, date);
  const small = valueAt(q.smallGroup.max, date);
  // "không vượt quá 20% số được xếp loại HTTNV": whole people, rounded down (never exceed).
  const byShare = Math.floor(g.qualifyingHttnvOrAbove * share + 1e-9);
  const smallGroup = g.members <= small && g.qualifyingHttnvOrAbove > 0;
  const max = smallGroup ? Math.max(byShare, q.smallGroup.allow) : byShare;
  return {
    maxHtxsnv: max,
    baseLabel: smallGroup
      ? `tập thể có ${g.members} thành viên (từ ${small} trở xuống): được chọn ${q.smallGroup.allow} người trong số đạt “Hoàn thành tốt nhiệm vụ”`
      : `${String(share * 100)} % của ${g.qualifyingHttnvOrAbove}, ${q.baseLabel}, làm tròn xuống`,
    source: shortCitation(q.cite[0]!),
  };
}
