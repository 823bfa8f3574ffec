// Vietnamese names the calculator screens show. UI wording only — no rule lives here (the rules
// engine, src/rules, decides and explains; this file names codes for people).
import type { LevelCode, RatingCode, SubjectKind } from '../../rules/case-schema.ts';
import type { SourceKind } from '../../rules/types.ts';
import { LEVEL_VI, RATING_VI } from '../../rules/helpers.ts';

/** The subject kinds the calculator rates (the quota group belongs to the meeting tools). */
export const CALC_KINDS = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'] as const;
export type CalcKind = (typeof CALC_KINDS)[number] & SubjectKind;
export const isCalcKind = (k: unknown): k is CalcKind => (CALC_KINDS as readonly unknown[]).includes(k);

export const KIND_LABEL: Record<CalcKind, string> = {
  'dang-vien': 'Đảng viên',
  'can-bo-lanh-dao': 'Cán bộ lãnh đạo, quản lý',
  'to-chuc-dang': 'Tổ chức đảng (chi bộ, đảng bộ)',
  'tap-the-lanh-dao': 'Tập thể lãnh đạo, quản lý',
};
export const KIND_SHORT: Record<CalcKind, string> = {
  'dang-vien': 'Đảng viên', 'can-bo-lanh-dao': 'Cán bộ lãnh đạo', 'to-chuc-dang': 'Tổ chức đảng', 'tap-the-lanh-dao': 'Tập thể lãnh đạo',
};
export const kindUrl = (k: CalcKind) => `/tinh-xep-loai/${k}/`;

// The codes in order and their names are the engine's own (the words its explanations use), not a copy.
export { GRADES, LEVEL_CODES as LEVELS } from '../../rules/codes.ts';
export const RATING_LABEL: Readonly<Record<RatingCode, string>> = RATING_VI;
export const LEVEL_LABEL: Readonly<Record<LevelCode, string>> = LEVEL_VI;

export const SOURCE_LABEL: Record<SourceKind, string> = {
  'van-ban-trung-uong': 'Văn bản trung ương',
  'huong-dan-trung-uong': 'Hướng dẫn trung ương (chỉ biết qua báo cáo, chưa có toàn văn)',
  'ke-hoach-dia-phuong': 'Kế hoạch của địa phương',
};
export const EVIDENCE_LABEL: Record<'A' | 'B' | 'S', string> = {
  A: 'nhiều nguồn xác nhận', B: 'một nguồn', S: 'chỉ thấy trong văn bản mẫu',
};

/** "05/12/2023" from "2023-12-05". */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
/** Local date and time of a timestamp, e.g. "24/11/2025 14:05". */
export function viDateTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
/** Today as ISO date in local time. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
