// Contradiction detection between the rules of a ruleset, the way Catala and DMN check a
// decision table: rules that speak about the same topic must not disagree on a subject unless
// the disagreement is resolved explicitly (an exception or a declared priority).
//
// Two kinds of conflict are reported for a given subject:
// - 'case-vs-requirement': a KHTNV case holds while a requirement on the same topic, at the
//   HTNV level or above, is met — one rule says "at least HTNV as far as this topic goes", the
//   other says "KHTNV". Allowed only when the case declares `prevailsOver` that requirement.
// - 'ladder': a requirement of a higher rating is met while a requirement of a lower rating on
//   the same topic fails — the higher rating would be less strict than the lower one.
import type { RulesetId, Subject } from './case-schema.ts';
import { GRADE_RANK } from './helpers.ts';
import type { AnySubject, Condition, Ctx, Outcome } from './model.ts';
import { applies, compiled } from './rulesets.ts';

export interface Conflict {
  kind: 'case-vs-requirement' | 'ladder';
  topic: string;
  a: string;
  b: string;
  text: string;
}

/** Conflicts among the rules of `rulesetId` on one subject (empty when the rules agree). */
export function findConflicts(rulesetId: RulesetId, subject: Subject, date: string): Conflict[] {
  if (subject.kind === 'nhom-tuong-dong') return [];
  const rs = compiled(rulesetId);
  const s = subject as AnySubject;
  return conflictsAmong(rs.byKind[s.kind].conditions, s, rs.ctx(date));
}

/** The same check on any list of conditions (used to test the checker itself). */
export function conflictsAmong(conditions: readonly Condition[], s: AnySubject, x: Ctx): Conflict[] {
  const byTopic = new Map<string, { rule: Condition; out: Outcome }[]>();
  for (const rule of conditions) {
    if (!applies(rule, s, x)) continue;
    const list = byTopic.get(rule.topic) ?? [];
    list.push({ rule, out: rule.check(s, x) });
    byTopic.set(rule.topic, list);
  }
  const out: Conflict[] = [];
  for (const [topic, list] of byTopic) {
    for (const a of list) {
      for (const b of list) {
        if (a === b) continue;
        if (a.rule.role === 'requirement' && b.rule.role === 'khtnv-case' && a.out.ok && !b.out.ok && !(b.rule.prevailsOver ?? []).includes(a.rule.id)) {
          out.push({ kind: 'case-vs-requirement', topic, a: a.rule.id, b: b.rule.id, text: `${a.rule.id} (${a.rule.level}) được đáp ứng nhưng trường hợp ${b.rule.id} vẫn xếp Không hoàn thành nhiệm vụ` });
        }
        if (a.rule.role === 'requirement' && b.rule.role === 'requirement' && GRADE_RANK[a.rule.level] > GRADE_RANK[b.rule.level] && a.out.ok && !b.out.ok) {
          out.push({ kind: 'ladder', topic, a: a.rule.id, b: b.rule.id, text: `${a.rule.id} (${a.rule.level}) được đáp ứng nhưng ${b.rule.id} (${b.rule.level}) không: mức cao hơn lại dễ hơn` });
        }
      }
    }
  }
  return out;
}

/** Static checks: every exception names the rule that carries it; every declared priority names a rule of the ruleset. */
export function declarationProblems(rulesetId: RulesetId): string[] {
  const rs = compiled(rulesetId);
  const problems: string[] = [];
  for (const kind of Object.keys(rs.byKind) as (keyof typeof rs.byKind)[]) {
    const { conditions, caps } = rs.byKind[kind];
    const ids = new Set(conditions.map((c) => c.id));
    for (const c of [...conditions, ...caps]) {
      for (const e of c.exceptions ?? []) if (e.overrides !== c.id) problems.push(`${kind}: ngoại lệ ${e.id} ghi là thay thế ${e.overrides} nhưng gắn với ${c.id}`);
    }
    for (const c of conditions) for (const p of c.prevailsOver ?? []) if (!ids.has(p) && c.kinds.includes(kind)) problems.push(`${kind}: ${c.id} ưu tiên hơn ${p} nhưng không có quy tắc đó`);
  }
  return problems;
}
