// The quota of a vote where the plan words it for one kind of group only (the 2022 provincial
// plan: the members of one leadership collective, "từ 05 thành viên trở xuống" → 01). It is asked
// of the rules engine as a `nhom-tuong-dong` case with that `groupType`, so the rule lives once.
import { shortCitation } from '../docs.ts';
import { evaluateSubject } from '../engine.ts';
import type { OwnQuota } from './model.ts';
import type { QuotaInfo, QuotaQuestion } from './tally.ts';

export function ownQuota(q: OwnQuota, g: QuotaQuestion, date: string): QuotaInfo {
  const e = evaluateSubject(q.ruleset, { kind: 'nhom-tuong-dong', members: g.members, qualifyingHttnvOrAbove: g.qualifyingHttnvOrAbove, proposedHtxsnv: g.proposedHtxsnv, groupType: q.groupType }, date);
  const quota = e.quota!;
  return {
    maxHtxsnv: quota.maxHtxsnv,
    // When the small-group rule gives the 01, its note says so (not "20 % of 4, rounded down").
    baseLabel: quota.smallGroupNote ?? quota.baseLabel,
    source: e.deciding[0] ? shortCitation(e.deciding[0]) : '',
    alternative: { maxHtxsnv: quota.alternative.maxHtxsnv, baseLabel: quota.alternative.baseLabel },
  };
}
