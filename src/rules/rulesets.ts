// Rulesets = a central regime + a local plan that adds to it (OpenFisca "reforms"). This file
// holds their metadata and composes the layers into per-subject-kind rule lists once.
import type { CitationRef } from './docs.ts';
import type { RulesetId, SubjectKind } from './case-schema.ts';
import type { AnySubject, Cap, Condition, Ctx, Param, RuleLayer, Silence, Situation } from './model.ts';
import { valueAt } from './params.ts';
import { chooseRuleset } from './ruleset-choice.ts';
import { QD124, Q124 } from './regimes/qd124.ts';
import { QD132, HD21 } from './regimes/qd132.ts';
import { QD366, Q366 } from './regimes/qd366.ts';
import { SAO_DO, SD } from './profiles/sao-do.ts';
import { TUY_PHUOC, TP } from './profiles/tuy-phuoc.ts';
import { HONG_QUANG, HQ } from './profiles/hong-quang.ts';

export interface RulesetMeta {
  id: RulesetId;
  /** Vietnamese label. */
  label: string;
  /** Central regulation the ruleset applies. */
  regime: 'qd-132-2018' | 'qd-124-2023' | 'qd-366-2025';
  regimeLabel: string;
  /** Central documents (texts and guidance), by document id. */
  centralDocs: readonly string[];
  /** The local plan's document id, or null for the central text alone. */
  localPlanDoc: string | null;
  /** First and last day the ruleset applies (ISO); null = still in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Locality slug and name, null for the central text alone. */
  locality: string | null;
  localityLabel: string | null;
  /** Why these dates (said to people). */
  datesNote: string;
}

/** How the HTXSNV quota of a similar-role group is worded in each ruleset. */
export interface QuotaSpec {
  shareParam: string;
  /** The 2025 exception: up to 25 % where the unit had outstanding results. */
  outstandingParam?: string;
  cite: readonly CitationRef[];
  words: string;
  /**
   * The small-group rule in the ruleset's own words:
   * - 'all-httnv': fewer than N subjects AND 100 % of them HTTNV → 1 may be HTXSNV (Sao Đỏ, Hồng Quang);
   * - 'count-httnv': fewer than N subjects rated HTTNV → 1 (Tuy Phước wording);
   * - null: the source has none (Quy định 124 alone).
   */
  small: { rule: 'all-httnv' | 'count-httnv'; param: string; cite: readonly CitationRef[]; words: string } | null;
}

export const RULESETS: readonly RulesetMeta[] = [
  {
    id: 'qd124-2023', label: 'Quy định 124-QĐ/TW (văn bản trung ương)', regime: 'qd-124-2023', regimeLabel: 'Quy định 124-QĐ/TW ngày 04/10/2023',
    centralDocs: ['qd-124-2023'], localPlanDoc: null, effectiveFrom: '2023-10-04', effectiveTo: '2025-08-29', locality: null, localityLabel: null,
    datesNote: 'Có hiệu lực từ ngày ký 04/10/2023 (Điều 19), thay thế Quy định 132-QĐ/TW; được thay thế bởi Quy định 366-QĐ/TW ngày 30/8/2025.',
  },
  {
    id: 'sao-do-2023', label: 'Phường Sao Đỏ 2023 (Quy định 124 + Kế hoạch Đảng ủy phường)', regime: 'qd-124-2023', regimeLabel: 'Quy định 124-QĐ/TW ngày 04/10/2023',
    centralDocs: ['qd-124-2023'], localPlanDoc: 'kh-sao-do-2023', effectiveFrom: '2023-11-21', effectiveTo: '2025-08-29', locality: 'sao-do', localityLabel: 'Phường Sao Đỏ',
    datesNote: 'Kế hoạch có hiệu lực từ ngày ký (bản sao không in ngày; sau Hướng dẫn 10-HD/TU ngày 21/11/2023 mà kế hoạch thực hiện), áp dụng hằng năm cho đến khi Quy định 124 được thay thế (30/8/2025).',
  },
  {
    id: 'tuy-phuoc-2021', label: 'Huyện Tuy Phước 2021 (Quy định 132, Hướng dẫn 21 + Kế hoạch 23-KH/HU)', regime: 'qd-132-2018', regimeLabel: 'Quy định 132-QĐ/TW ngày 08/3/2018 và Hướng dẫn 21-HD/BTCTW ngày 18/10/2019',
    centralDocs: ['qd-132-2018', 'hd-21-2019'], localPlanDoc: 'kh-tuy-phuoc-2021', effectiveFrom: '2021-11-01', effectiveTo: '2023-10-03', locality: 'tuy-phuoc', localityLabel: 'Huyện Tuy Phước',
    datesNote: 'Kế hoạch ngày 01/11/2021 cho kỳ đánh giá năm 2021; chế độ Quy định 132 áp dụng đến khi Quy định 124 có hiệu lực (04/10/2023).',
  },
  {
    id: 'hong-quang-2025', label: 'Phường Hồng Quang 2025 (Quy định 366, Hướng dẫn 43 + Kế hoạch 15-KH/ĐU)', regime: 'qd-366-2025', regimeLabel: 'Quy định 366-QĐ/TW ngày 30/8/2025 và Hướng dẫn 43-HD/BTCTW ngày 31/10/2025',
    centralDocs: ['qd-366-2025', 'hd-43-2025'], localPlanDoc: 'kh-hong-quang-2025', effectiveFrom: '2025-11-27', effectiveTo: null, locality: 'hong-quang', localityLabel: 'Phường Hồng Quang',
    datesNote: 'Kế hoạch ngày 27/11/2025; Quy định 366-QĐ/TW có hiệu lực từ ngày ký 30/8/2025.',
  },
];

const LAYERS: Record<RulesetId, readonly RuleLayer[]> = {
  'qd124-2023': [QD124],
  'sao-do-2023': [QD124, SAO_DO],
  'tuy-phuoc-2021': [QD132, TUY_PHUOC],
  'hong-quang-2025': [QD366, HONG_QUANG],
};

const QUOTA: Record<RulesetId, QuotaSpec> = {
  'qd124-2023': {
    shareParam: 'quota.ty-le', cite: [Q124('12', '1', '1.4')],
    words: 'Cấp có thẩm quyền xem xét, quyết định số lượng tập thể, cá nhân được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" theo từng nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng.',
    small: null,
  },
  'sao-do-2023': {
    shareParam: 'sd.quota.ty-le',
    cite: [SD('II', 'B', '2', '2.3', 'a'), SD('II', 'B', '1', '1.3', 'a'), SD('II', 'B', '3', '3.3', 'a'), SD('II', 'B', '4'), Q124('12', '1', '1.4')],
    words: 'Cấp có thẩm quyền xem xét, quyết định số lượng … được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số … được xếp loại “Hoàn thành tốt nhiệm vụ” (đảng viên: trong từng tổ chức cơ sở đảng; tổ chức đảng: cùng cấp trực thuộc; tập thể lãnh đạo: trực thuộc cấp cơ sở; cán bộ: theo chức danh tương đương).',
    small: { rule: 'all-httnv', param: 'sd.nho.so-luong', cite: [SD('II', 'B', '5')], words: 'Những nơi có dưới 05 tổ chức đảng; 05 tập thể lãnh đạo, quản lý; 05 đảng viên; 05 cán bộ lãnh đạo, quản lý và có 100% tập thể cá nhân xếp loại “Hoàn thành tốt nhiệm vụ” thì được chọn 01 … được xếp loại “Hoàn thành xuất sắc nhiệm vụ” nếu đủ điều kiện theo quy định.' },
  },
  'tuy-phuoc-2021': {
    shareParam: 'q132.quota.ty-le',
    cite: [TP('II', 'B', '2', '2.3', 'a'), TP('II', 'B', '1', '1.3', 'a'), TP('II', 'B', '1', '1.5'), TP('II', 'B', '3', '3.3', 'a'), TP('II', 'B', '4'), HD21],
    words: 'Số lượng … được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số … được xếp loại “Hoàn thành tốt nhiệm vụ” (đảng viên: trong từng tổ chức cơ sở đảng; tổ chức đảng: cùng cấp trực thuộc của từng đảng bộ; tập thể lãnh đạo: theo từng đối tượng; cán bộ: theo chức danh tương đương).',
    small: { rule: 'count-httnv', param: 'tp.nho.so-luong', cite: [TP('II', 'B', '6')], words: 'Những nơi có dưới 05 tổ chức đảng; 05 tập thể lãnh đạo, quản lý; 05 đảng viên; 05 cán bộ lãnh đạo, quản lý xếp loại “Hoàn thành tốt nhiệm vụ” thì chọn 01 … xếp loại “Hoàn thành xuất sắc nhiệm vụ” nếu đủ điều kiện.' },
  },
  'hong-quang-2025': {
    shareParam: 'hq.quota.ty-le', outstandingParam: 'hq.quota.ty-le-noi-troi',
    cite: [HQ('III', '2', '2.3'), HQ('III', '2', '2.2'), Q366('11')],
    words: 'Số lượng tập thể, cá nhân được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng. Trường hợp tổ chức, cơ quan, đơn vị có thành tích xuất sắc, nổi trội … không vượt quá 25% …',
    small: { rule: 'all-httnv', param: 'hq.nho.so-luong', cite: [HQ('III', '3', '3.4')], words: 'Những nơi có dưới 05 tổ chức đảng; 05 tập thể lãnh đạo, quản lý; 05 đảng viên; 05 cán bộ lãnh đạo, quản lý và có 100% tập thể, cá nhân xếp loại “Hoàn thành tốt nhiệm vụ” thì được chọn 01 … được xếp loại “Hoàn thành xuất sắc nhiệm vụ” nếu đủ điều kiện theo quy định.' },
  },
};

// ── Composition ─────────────────────────────────────────────────────────────────────────────

export interface KindRules {
  conditions: readonly Condition[];
  caps: readonly Cap[];
  situations: readonly Situation[];
  silences: readonly Silence[];
}

export interface CompiledRuleset {
  meta: RulesetMeta;
  layers: readonly RuleLayer[];
  params: ReadonlyMap<string, Param>;
  byKind: Record<Exclude<SubjectKind, 'nhom-tuong-dong'>, KindRules>;
  quota: QuotaSpec;
  /** A context for an evaluation date (parameter values resolved once per date). */
  ctx(date: string): Ctx;
}

const RATED_KINDS = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'] as const;

/** Later layers replace earlier rules with the same id (for the kinds they name) and may remove rules. */
function compose<T extends { id: string; kinds: readonly SubjectKind[] }>(layers: readonly RuleLayer[], pick: (l: RuleLayer) => readonly T[] | undefined, kind: SubjectKind): T[] {
  const out: T[] = [];
  for (const layer of layers) {
    const removed = new Set((layer.removes ?? []).map((r) => r.id));
    for (let i = out.length - 1; i >= 0; i--) if (removed.has(out[i]!.id)) out.splice(i, 1);
    for (const rule of pick(layer) ?? []) {
      if (!rule.kinds.includes(kind)) continue;
      const at = out.findIndex((r) => r.id === rule.id);
      if (at >= 0) out[at] = rule;
      else out.push(rule);
    }
  }
  return out;
}

function compile(meta: RulesetMeta): CompiledRuleset {
  const layers = LAYERS[meta.id];
  const params = new Map<string, Param>();
  for (const l of layers) for (const p of l.params) params.set(p.id, p);
  const byKind = {} as CompiledRuleset['byKind'];
  for (const k of RATED_KINDS) {
    byKind[k] = {
      conditions: compose(layers, (l) => l.conditions, k),
      caps: compose(layers, (l) => l.caps, k),
      situations: compose(layers, (l) => l.situations, k),
      silences: compose(layers, (l) => l.silences, k),
    };
  }
  const ctxCache = new Map<string, Ctx>();
  return {
    meta, layers, params, byKind, quota: QUOTA[meta.id],
    ctx(date) {
      let x = ctxCache.get(date);
      if (!x) {
        const values = new Map<string, number>();
        for (const [id, p] of params) values.set(id, valueAt(p, date));
        x = {
          date, year: +date.slice(0, 4),
          p(id) {
            const v = values.get(id);
            if (v === undefined) throw new Error(`rules: parameter ${id} is not defined in ruleset ${meta.id}`);
            return v;
          },
        };
        if (ctxCache.size > 512) ctxCache.clear();
        ctxCache.set(date, x);
      }
      return x;
    },
  };
}

const COMPILED = new Map<RulesetId, CompiledRuleset>();
export function compiled(id: RulesetId): CompiledRuleset {
  let c = COMPILED.get(id);
  if (!c) {
    const meta = RULESETS.find((r) => r.id === id);
    if (!meta) throw new Error(`rules: unknown ruleset ${id}`);
    c = compile(meta);
    COMPILED.set(id, c);
  }
  return c;
}

export const rulesetById = (id: string): RulesetMeta | undefined => RULESETS.find((r) => r.id === id);

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/^(phuong|huyen|xa|thi tran|tinh|thanh pho)\s+/, '').trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The ruleset for an evaluation date and locality (a slug or a name such as "Sao Đỏ"); see chooseRuleset. */
export const rulesetFor = (date: string, locality?: string): RulesetMeta | null => chooseRuleset(RULESETS, date, locality ? slug(locality) : undefined);

/** Helper for rules that need a subject-kind-independent check of applicability. */
export const applies = (r: { when?: (s: AnySubject, x: Ctx) => boolean }, s: AnySubject, x: Ctx) => (r.when ? r.when(s, x) : true);
