// Rulesets = a central regime + a local plan that adds to it (OpenFisca "reforms"). This file
// holds their metadata and composes the layers into per-subject-kind rule lists once.
import type { CitationRef } from './docs.ts';
import type { GroupType, RulesetId, SubjectKind } from './codes.ts';
import type { AnySubject, Cap, Condition, Ctx, Param, ProcedureRule, RuleLayer, Silence, Situation } from './model.ts';
import { valueAt } from './params.ts';
import { chooseRuleset, reviewYearOf } from './ruleset-choice.ts';
import { QD124, Q124 } from './regimes/qd124.ts';
import { QD132, HD21 } from './regimes/qd132.ts';
import { QD366, Q366 } from './regimes/qd366.ts';
import { SAO_DO, SD } from './profiles/sao-do.ts';
import { TUY_PHUOC, TP } from './profiles/tuy-phuoc.ts';
import { HONG_QUANG, HQ } from './profiles/hong-quang.ts';
import { TINH_UY, TU } from './profiles/tinh-uy.ts';

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
  /** The review years a local plan was made for (null = every year while in force; central rulesets). */
  reviewYears: { from: number; to: number | null } | null;
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
   * - 'at-most': N members or fewer ("từ 05 thành viên trở xuống") → 1 among those qualifying (2022 province plan);
   * - null: the source has none (the central texts alone).
   */
  small: { rule: 'all-httnv' | 'count-httnv' | 'at-most'; param: string; cite: readonly CitationRef[]; words: string } | null;
  /** Said when the group is small and the source has no small-group rule (whose silence it is). */
  silentSmall?: string;
  /** A remark the source attaches to this quota (who votes, what happens when it is exceeded). */
  note?: string;
  /** A plan may word the quota for one kind of group only (the 2022 province plan: leaders, members of a leadership collective). */
  byGroupType?: Partial<Record<GroupType, QuotaSpec>>;
}

const Q132 = 'Quy định 132-QĐ/TW ngày 08/3/2018 và Hướng dẫn 21-HD/BTCTW ngày 18/10/2019';
const Q124R = 'Quy định 124-QĐ/TW ngày 04/10/2023';
const Q366R = 'Quy định 366-QĐ/TW ngày 30/8/2025 và Hướng dẫn 43-HD/BTCTW ngày 31/10/2025';

/** Oldest first; within a regime, the central ruleset before the local plans (RULESET_IDS order). */
export const RULESETS: readonly RulesetMeta[] = [
  {
    id: 'qd132-2018', label: 'Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW (văn bản trung ương)', regime: 'qd-132-2018', regimeLabel: Q132,
    centralDocs: ['qd-132-2018', 'hd-21-2019'], localPlanDoc: null, effectiveFrom: '2018-03-08', effectiveTo: '2023-10-03', reviewYears: null, locality: null, localityLabel: null,
    datesNote: 'Quy định 132-QĐ/TW có hiệu lực từ ngày ký 08/3/2018 (Hướng dẫn 21-HD/BTCTW ngày 18/10/2019 hướng dẫn thực hiện); được thay thế bởi Quy định 124-QĐ/TW ngày 04/10/2023.',
  },
  {
    id: 'tuy-phuoc-2021', label: 'Huyện Tuy Phước 2021 (Quy định 132, Hướng dẫn 21 + Kế hoạch 23-KH/HU)', regime: 'qd-132-2018', regimeLabel: Q132,
    centralDocs: ['qd-132-2018', 'hd-21-2019'], localPlanDoc: 'kh-tuy-phuoc-2021', effectiveFrom: '2021-11-01', effectiveTo: '2023-10-03', reviewYears: { from: 2021, to: 2021 }, locality: 'tuy-phuoc', localityLabel: 'Huyện Tuy Phước',
    datesNote: 'Kế hoạch ngày 01/11/2021 cho kỳ đánh giá năm 2021; chế độ Quy định 132 áp dụng đến khi Quy định 124 có hiệu lực (04/10/2023). Các năm khác của huyện dùng văn bản trung ương.',
  },
  {
    id: 'tinh-uy-2022', label: 'Tỉnh ủy 2022 (Quy định 132, Hướng dẫn 21 + Kế hoạch của Ban Thường vụ Tỉnh ủy)', regime: 'qd-132-2018', regimeLabel: Q132,
    centralDocs: ['qd-132-2018', 'hd-21-2019'], localPlanDoc: 'kh-tinh-uy-2022', effectiveFrom: '2022-10-18', effectiveTo: '2023-10-03', reviewYears: { from: 2022, to: 2022 }, locality: 'tinh-uy', localityLabel: 'Diện Ban Thường vụ Tỉnh ủy quản lý',
    datesNote: 'Kế hoạch cho kỳ đánh giá năm 2022 của tổ chức đảng, tập thể, cá nhân diện Ban Thường vụ Tỉnh ủy quản lý; bản sao không in ngày ký — kế hoạch thực hiện Công văn 4264-CV/BTCTW ngày 18/10/2022 nên được tính từ ngày đó.',
  },
  {
    id: 'qd124-2023', label: 'Quy định 124-QĐ/TW (văn bản trung ương)', regime: 'qd-124-2023', regimeLabel: Q124R,
    centralDocs: ['qd-124-2023'], localPlanDoc: null, effectiveFrom: '2023-10-04', effectiveTo: '2025-08-29', reviewYears: null, locality: null, localityLabel: null,
    datesNote: 'Có hiệu lực từ ngày ký 04/10/2023 (Điều 19), thay thế Quy định 132-QĐ/TW; được thay thế bởi Quy định 366-QĐ/TW ngày 30/8/2025.',
  },
  {
    id: 'sao-do-2023', label: 'Phường Sao Đỏ 2023 (Quy định 124 + Kế hoạch Đảng ủy phường)', regime: 'qd-124-2023', regimeLabel: Q124R,
    centralDocs: ['qd-124-2023'], localPlanDoc: 'kh-sao-do-2023', effectiveFrom: '2023-11-21', effectiveTo: '2025-08-29', reviewYears: { from: 2023, to: null }, locality: 'sao-do', localityLabel: 'Phường Sao Đỏ',
    datesNote: 'Kế hoạch “hằng năm” có hiệu lực từ ngày ký (bản sao không in ngày; sau Hướng dẫn 10-HD/TU ngày 21/11/2023 mà kế hoạch thực hiện), áp dụng cho đến khi Quy định 124 được thay thế (30/8/2025).',
  },
  {
    id: 'qd366-2025', label: 'Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW (văn bản trung ương)', regime: 'qd-366-2025', regimeLabel: Q366R,
    centralDocs: ['qd-366-2025', 'hd-43-2025'], localPlanDoc: null, effectiveFrom: '2025-08-30', effectiveTo: null, reviewYears: null, locality: null, localityLabel: null,
    datesNote: 'Quy định 366-QĐ/TW có hiệu lực từ ngày ký 30/8/2025, thay thế Quy định 124-QĐ/TW; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 hướng dẫn thực hiện.',
  },
  {
    id: 'hong-quang-2025', label: 'Phường Hồng Quang 2025 (Quy định 366, Hướng dẫn 43 + Kế hoạch 15-KH/ĐU)', regime: 'qd-366-2025', regimeLabel: Q366R,
    centralDocs: ['qd-366-2025', 'hd-43-2025'], localPlanDoc: 'kh-hong-quang-2025', effectiveFrom: '2025-11-27', effectiveTo: null, reviewYears: { from: 2025, to: 2025 }, locality: 'hong-quang', localityLabel: 'Phường Hồng Quang',
    datesNote: 'Kế hoạch ngày 27/11/2025 cho kỳ đánh giá năm 2025; Quy định 366-QĐ/TW có hiệu lực từ ngày ký 30/8/2025. Các năm sau của phường dùng văn bản trung ương cho đến khi có kế hoạch mới.',
  },
];

const LAYERS: Record<RulesetId, readonly RuleLayer[]> = {
  'qd132-2018': [QD132],
  'tuy-phuoc-2021': [QD132, TUY_PHUOC],
  'tinh-uy-2022': [QD132, TINH_UY],
  'qd124-2023': [QD124],
  'sao-do-2023': [QD124, SAO_DO],
  'qd366-2025': [QD366],
  'hong-quang-2025': [QD366, HONG_QUANG],
};

const Q132_QUOTA: QuotaSpec = {
  shareParam: 'q132.quota.ty-le', cite: [HD21],
  words: 'Số đảng viên được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” (theo Hướng dẫn 21-HD/BTCTW, như các tài liệu dẫn lại).',
  small: null,
  silentSmall: 'Các tài liệu về Quy định 132-QĐ/TW, Hướng dẫn 21 không nêu quy định riêng cho nhóm dưới 05 người',
};
const Q366_QUOTA: QuotaSpec = {
  shareParam: 'q366.quota.ty-le', outstandingParam: 'q366.quota.ty-le-noi-troi', cite: [Q366('11')],
  words: 'Số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” theo nhóm đối tượng có vị trí, vai trò tương đồng; tối đa 25% đối với tổ chức có kết quả nổi trội, do cấp có thẩm quyền quyết định.',
  small: null,
  silentSmall: 'Các tài liệu về Quy định 366-QĐ/TW, Hướng dẫn 43 không nêu quy định riêng cho nhóm dưới 05 người',
};
const TU_LEADERS = 'số lượng cán bộ lãnh đạo, quản lý được đề xuất xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ”.';
const TU_MEMBERS = 'Lấy phiếu đề xuất xếp loại thành viên lãnh đạo “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” trong tổng số thành viên lãnh đạo của tổ chức đó nếu đủ điều kiện.';

const QUOTA: Record<RulesetId, QuotaSpec> = {
  'qd132-2018': Q132_QUOTA,
  'qd124-2023': {
    shareParam: 'quota.ty-le', cite: [Q124('12', '1', '1.4')],
    words: 'Cấp có thẩm quyền xem xét, quyết định số lượng tập thể, cá nhân được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" theo từng nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng.',
    small: null,
    silentSmall: 'Quy định 124-QĐ/TW không có quy định riêng cho nhóm dưới 05 người',
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
  'tinh-uy-2022': {
    ...Q132_QUOTA,
    byGroupType: {
      'can-bo-lanh-dao': { shareParam: 'tu.quota.ty-le', cite: [TU('II', '4', '4.4'), HD21], words: TU_LEADERS, small: null, silentSmall: 'Kế hoạch của Ban Thường vụ Tỉnh ủy chỉ có quy định nhóm nhỏ cho thành viên của một tập thể lãnh đạo' },
      'thanh-vien-tap-the-lanh-dao': {
        shareParam: 'tu.quota.ty-le', cite: [TU('II', '4', '4.4'), HD21], words: TU_MEMBERS,
        small: { rule: 'at-most', param: 'tu.nho.so-luong', cite: [TU('II', '4', '4.4')], words: 'Nếu tập thể lãnh đạo có từ 05 thành viên trở xuống thì đề xuất chọn 01 thành viên lãnh đạo “Hoàn thành xuất sắc nhiệm vụ” trong số thành viên lãnh đạo “Hoàn thành tốt nhiệm vụ” nếu đủ điều kiện (thành phần lấy phiếu là thành viên dự họp kiểm điểm).' },
        note: 'Kế hoạch của Ban Thường vụ Tỉnh ủy (II.4.4): thành phần lấy phiếu đề xuất là thành viên dự họp kiểm điểm; tập thể nào đề xuất “Hoàn thành xuất sắc nhiệm vụ” vượt quá 20% thì tiến hành xếp loại lại theo đúng quy định.',
      },
    },
  },
  'qd366-2025': Q366_QUOTA,
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
  procedures: readonly ProcedureRule[];
}

export interface CompiledRuleset {
  meta: RulesetMeta;
  layers: readonly RuleLayer[];
  params: ReadonlyMap<string, Param>;
  byKind: Record<Exclude<SubjectKind, 'nhom-tuong-dong'>, KindRules>;
  quota: QuotaSpec;
  /** A context for an evaluation date and review year (parameter values resolved once per date). */
  ctx(date: string, reviewYear?: number): Ctx;
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
      procedures: compose(layers, (l) => l.procedures, k),
    };
  }
  const ctxCache = new Map<string, Ctx>();
  return {
    meta, layers, params, byKind, quota: QUOTA[meta.id],
    ctx(date, reviewYear) {
      const year = reviewYear ?? reviewYearOf(date);
      const key = year === reviewYearOf(date) ? date : `${date}|${year}`;
      let x = ctxCache.get(key);
      if (!x) {
        const values = new Map<string, number>();
        for (const [id, p] of params) values.set(id, valueAt(p, date));
        x = {
          date, year,
          p(id) {
            const v = values.get(id);
            if (v === undefined) throw new Error(`rules: parameter ${id} is not defined in ruleset ${meta.id}`);
            return v;
          },
        };
        if (ctxCache.size > 512) ctxCache.clear();
        ctxCache.set(key, x);
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

/** The quota wording for a kind of group: the plan's own where it words one for that kind. */
export const quotaSpecFor = (rs: CompiledRuleset, groupType?: GroupType): QuotaSpec => (groupType && rs.quota.byGroupType?.[groupType]) || rs.quota;

const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const LOCALITIES = new Set(RULESETS.map((r) => r.locality).filter((l): l is string => !!l));
/** "Phường Sao Đỏ" → "sao-do"; "Tỉnh ủy" → "tinh-uy" (a known slug is kept before any prefix is dropped). */
const slug = (s: string) => {
  const p = plain(s);
  return LOCALITIES.has(p) ? p : p.replace(/^(phuong|huyen|xa|thi-tran|tinh|thanh-pho)-/, '');
};

/** The ruleset for an evaluation date and locality (a slug or a name such as "Sao Đỏ") and review year; see chooseRuleset. */
export const rulesetFor = (date: string, locality?: string, reviewYear?: number): RulesetMeta | null => chooseRuleset(RULESETS, date, locality ? slug(locality) : undefined, reviewYear);

/** Helper for rules that need a subject-kind-independent check of applicability. */
export const applies = (r: { when?: (s: AnySubject, x: Ctx) => boolean }, s: AnySubject, x: Ctx) => (r.when ? r.when(s, x) : true);
