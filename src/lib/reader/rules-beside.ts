// The law beside the rules: for each clause the rules engine cites, the rules that implement it
// — conditions of a rating, cases of "Không hoàn thành nhiệm vụ", ceilings, special situations,
// procedures, exceptions, parameters and quotas — with the words they implement, the values
// of their parameters and the rulesets that use them. Read from src/rules (RULESETS and the
// compiled rulesets), never typed again: the reader's panel, the comparison page /so-sanh/ and
// the tests all use this.
import type { CitationRef } from '../../rules/docs.ts';
import { valueAt } from '../../rules/params.ts';
import type { Cap, Condition, Param, ProcedureRule, Situation } from '../../rules/model.ts';
import { compiled, RULESETS, type CompiledRuleset } from '../../rules/rulesets.ts';
import type { Grade, RulesetId, SubjectKind } from '../../rules/codes.ts';

export type RuleRole = 'dieu-kien' | 'truong-hop-khtnv' | 'gioi-han' | 'tinh-huong' | 'thu-tuc' | 'ngoai-le' | 'tham-so' | 'chi-tieu';

export const ROLE_LABELS: Record<RuleRole, string> = {
  'dieu-kien': 'Điều kiện để đạt',
  'truong-hop-khtnv': 'Trường hợp Không hoàn thành nhiệm vụ',
  'gioi-han': 'Giới hạn mức xếp loại',
  'tinh-huong': 'Trường hợp đặc biệt',
  'thu-tuc': 'Việc cần làm trước khi xếp loại',
  'ngoai-le': 'Ngoại lệ',
  'tham-so': 'Con số quy định',
  'chi-tieu': 'Tỉ lệ tối đa Hoàn thành xuất sắc nhiệm vụ',
};
export const GRADE_LABELS: Record<Grade, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ',
};
export const KIND_LABELS: Record<SubjectKind, string> = {
  'dang-vien': 'Đảng viên', 'can-bo-lanh-dao': 'Cán bộ lãnh đạo, quản lý', 'to-chuc-dang': 'Tổ chức đảng',
  'tap-the-lanh-dao': 'Tập thể lãnh đạo, quản lý', 'nhom-tuong-dong': 'Nhóm đối tượng tương đồng',
};

export interface ParamUse { id: string; label: string; value: string }

/** One rule as a clause shows it (merged over the rulesets and subject kinds that use it). */
export interface RuleUse {
  id: string;
  role: RuleRole;
  /** The rating a condition is for (HTXSNV…), the ceiling of a cap; null otherwise. */
  level: Grade | null;
  words: string;
  kinds: SubjectKind[];
  rulesets: RulesetId[];
  params: ParamUse[];
  /** The clause is the rule's first (primary) citation. */
  primary: boolean;
  evidence?: 'A' | 'B' | 'S';
  /** For an exception: the rule it overrides. */
  overrides?: string;
}

export const clauseKey = (c: CitationRef) => `${c.doc}#${c.path.join('|')}`;

/** "50 %", "6 tháng", "90 điểm", "5". */
export function paramValue(p: Param, date: string): string {
  const v = valueAt(p, date);
  switch (p.unit) {
    case 'ti-le': return `${Math.round(v * 1000) / 10} %`;
    case 'thang': return `${v} tháng`;
    case 'diem': return `${v} điểm`;
    default: return String(v);
  }
}

/** A date inside a ruleset's window, to read its parameters and rate its examples on: 15/12 of its first review year. */
export function sampleDate(rs: CompiledRuleset['meta']): string {
  const year = rs.reviewYears?.from ?? Number(rs.effectiveFrom.slice(0, 4));
  let d = `${year}-12-15`;
  if (d < rs.effectiveFrom) d = rs.effectiveFrom;
  if (rs.effectiveTo && d > rs.effectiveTo) d = rs.effectiveTo;
  return d;
}

type AnyRule = (Condition | Cap | Situation | ProcedureRule) & { level?: Grade; role?: string };

let cache: Map<string, RuleUse[]> | null = null;

/** Every cited clause → the rules citing it, in ruleset order. */
export function rulesByClause(): ReadonlyMap<string, readonly RuleUse[]> {
  if (cache) return cache;
  const out = new Map<string, RuleUse[]>();
  const add = (cite: readonly CitationRef[], base: Omit<RuleUse, 'primary' | 'kinds' | 'rulesets'>, kind: SubjectKind, rs: RulesetId) => {
    cite.forEach((c, i) => {
      const key = clauseKey(c);
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      let use = list.find((u) => u.id === base.id && u.words === base.words);
      if (!use) list.push((use = { ...base, primary: i === 0, kinds: [], rulesets: [] }));
      if (!use.kinds.includes(kind)) use.kinds.push(kind);
      if (!use.rulesets.includes(rs)) use.rulesets.push(rs);
      if (i === 0) use.primary = true;
    });
  };
  for (const meta of RULESETS) {
    const rs = compiled(meta.id);
    const date = sampleDate(meta);
    const paramsOf = (ids: readonly string[] | undefined): ParamUse[] => (ids ?? []).flatMap((id) => {
      const p = rs.params.get(id);
      return p ? [{ id, label: p.label, value: paramValue(p, date) }] : [];
    });
    for (const [kind, rules] of Object.entries(rs.byKind) as Array<[SubjectKind, CompiledRuleset['byKind'][keyof CompiledRuleset['byKind']]]>) {
      const each = (list: readonly AnyRule[], role: (r: AnyRule) => RuleRole) => {
        for (const r of list) {
          const rr = role(r);
          add(r.cite, {
            id: r.id, role: rr, level: rr === 'dieu-kien' || rr === 'truong-hop-khtnv' ? (r.level ?? null) : null, words: r.words,
            params: paramsOf(r.params), ...(r.evidence ? { evidence: r.evidence } : {}),
          }, kind, meta.id);
          for (const e of ('exceptions' in r ? r.exceptions ?? [] : [])) {
            add(e.cite, { id: e.id, role: 'ngoai-le', level: null, words: e.words, params: [], overrides: r.id, ...(e.evidence ? { evidence: e.evidence } : {}) }, kind, meta.id);
          }
        }
      };
      each(rules.conditions, (r) => (r.role === 'khtnv-case' ? 'truong-hop-khtnv' : 'dieu-kien'));
      each(rules.caps, () => 'gioi-han');
      each(rules.situations, () => 'tinh-huong');
      each(rules.procedures, () => 'thu-tuc');
    }
    for (const p of rs.params.values()) {
      add([p.cite], { id: p.id, role: 'tham-so', level: null, words: p.words, params: [{ id: p.id, label: p.label, value: paramValue(p, date) }], ...(p.evidence ? { evidence: p.evidence } : {}) }, 'nhom-tuong-dong', meta.id);
    }
    const quota = rs.quota;
    add(quota.cite, { id: `${meta.id}.quota`, role: 'chi-tieu', level: null, words: quota.words, params: [quota.shareParam, quota.outstandingParam].flatMap((id) => (id ? paramsOf([id]) : [])) }, 'nhom-tuong-dong', meta.id);
  }
  // Parameters are listed once per clause, not once per kind: their kinds are those of the rules that read them.
  for (const list of out.values()) for (const u of list) if (u.role === 'tham-so' || u.role === 'chi-tieu') u.kinds = ['nhom-tuong-dong'];
  cache = out;
  return out;
}

export function rulesCiting(c: CitationRef): readonly RuleUse[] {
  return rulesByClause().get(clauseKey(c)) ?? [];
}

/** Every clause the engine cites, as {doc, path}. */
export function citedClauses(): CitationRef[] {
  return [...rulesByClause().keys()].map((k) => {
    const [doc, path] = k.split('#');
    return { doc: doc!, path: path ? path.split('|') : [] };
  });
}
