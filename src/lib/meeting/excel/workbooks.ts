// What the Excel files contain, as plain rows (pure, tested in Node): the roster, the vote
// result and the đảng ủy's summary. Each begins with label/value rows (the chi bộ, the đảng bộ
// above, the year, the ruleset and its id, the date) above a table with a header row, so the
// same file imports back: into the roster (the table), into the summary (the heading and the
// table), and a summary into the summary of the level above (its "Đảng viên" sheet).
import { GRADE_PRINT, GRADE_CODES } from '../../documents/labels.ts';
import type { RatingCode } from '../../../rules/codes.ts';

export type XCell = string | number | null;
export interface XSheet {
  name: string;
  rows: XCell[][];
  /** Rows printed bold (0-based): titles and table headers. */
  bold: number[];
  /** Column widths in characters. */
  widths: number[];
}

/** The heading labels, as written and as read back (import folds them: no diacritics, lowercase). */
export const META = {
  org: 'Tên chi bộ (đảng bộ)', kind: 'Cấp', parent: 'Đảng bộ cấp trên', year: 'Năm kiểm điểm', ruleset: 'Quy định áp dụng', rulesetId: 'Mã quy định',
  date: 'Ngày đánh giá', rating: 'Xếp loại của tổ chức', via: 'Tổng hợp của',
} as const;

const KIND_VI = { 'chi-bo': 'Chi bộ', 'dang-bo': 'Đảng bộ' } as const;
export const ratingText = (r: RatingCode | '' | null | undefined) => (!r ? '' : r === 'KHONG_XEP_LOAI' ? 'Không xếp loại' : GRADE_PRINT[r]);

export interface SheetHeading {
  title: string;
  orgName: string;
  kind: 'chi-bo' | 'dang-bo';
  parent: string;
  year: number;
  rulesetLabel: string;
  rulesetId: string;
  date: string;
  /** The organization's own rating, when known. */
  rating?: RatingCode | null;
}

function heading(h: SheetHeading): XCell[][] {
  return [
    [h.title],
    [META.org, h.orgName],
    [META.kind, KIND_VI[h.kind]],
    [META.parent, h.parent],
    [META.year, h.year],
    [META.ruleset, h.rulesetLabel],
    [META.rulesetId, h.rulesetId],
    [META.date, h.date],
    ...(h.rating !== undefined ? [[META.rating, ratingText(h.rating)]] : []),
    [],
  ];
}

export function rosterWorkbook(h: SheetHeading, rows: readonly { name: string; proposed: RatingCode | ''; note: string }[], distribution: readonly { code: string; count: number; share: string }[]): XSheet[] {
  const head = heading(h);
  const nameHead = h.kind === 'chi-bo' ? 'Họ và tên' : 'Tên tổ chức đảng';
  return [
    {
      name: 'Danh sách', bold: [0, head.length], widths: [6, 32, 30, 40],
      rows: [...head, ['STT', nameHead, 'Mức xếp loại đề xuất', 'Ghi chú'], ...rows.map((r, i) => [i + 1, r.name, ratingText(r.proposed), r.note])],
    },
    {
      name: 'Tổng hợp', bold: [0], widths: [32, 12, 12],
      rows: [['Mức xếp loại', 'Số lượng', 'Tỉ lệ'], ...distribution.map((d) => [GRADE_PRINT[d.code as (typeof GRADE_CODES)[number]] ?? d.code, d.count, d.share])],
    },
  ];
}

export function voteWorkbook(h: SheetHeading, counts: { eligible: number; present: number; ballots: { issued: number; returned: number; valid: number; invalid: number } | null; ruleText: string },
  rows: readonly { name: string; votes: Record<(typeof GRADE_CODES)[number], number>; result: string }[]): XSheet[] {
  const head = heading(h);
  const b = counts.ballots;
  const extra: XCell[][] = [
    ['Tổng số người có quyền biểu quyết', counts.eligible], ['Số có mặt, bỏ phiếu', counts.present],
    ['Số phiếu phát ra', b?.issued ?? null], ['Số phiếu thu vào', b?.returned ?? null], ['Số phiếu hợp lệ', b?.valid ?? null], ['Số phiếu không hợp lệ', b?.invalid ?? null],
    ['Cách tính kết quả', counts.ruleText], [],
  ];
  return [{
    name: 'Kiểm phiếu', bold: [0, head.length + extra.length], widths: [6, 32, 10, 10, 10, 10, 40],
    rows: [...head, ...extra, ['STT', 'Họ và tên', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Kết quả'], ...rows.map((r, i) => [i + 1, r.name, r.votes.HTXSNV, r.votes.HTTNV, r.votes.HTNV, r.votes.KHTNV, r.result])],
  }];
}

export interface SummarySheetData {
  heading: SheetHeading;
  byUnit: readonly { name: string; members: number; counts: Record<(typeof GRADE_CODES)[number], number>; notRated: number; rating: string; note: string }[];
  byRating: readonly { label: string; members: number; share: string; units: number }[];
  quota: readonly string[];
  conflicts: readonly string[];
  members: readonly { name: string; unit: string; proposed: RatingCode | '' }[];
}

export function summaryWorkbook(d: SummarySheetData): XSheet[] {
  const head = heading(d.heading);
  return [
    {
      name: 'Theo chi bộ', bold: [0, head.length], widths: [6, 34, 10, 10, 10, 10, 10, 10, 30, 40],
      rows: [...head, ['STT', 'Chi bộ', 'Số đảng viên', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Không xếp loại', 'Xếp loại chi bộ', 'Ghi chú'],
        ...d.byUnit.map((u, i) => [i + 1, u.name, u.members, u.counts.HTXSNV, u.counts.HTTNV, u.counts.HTNV, u.counts.KHTNV, u.notRated, u.rating, u.note])],
    },
    {
      name: 'Theo mức xếp loại', bold: [0], widths: [34, 14, 12, 14],
      rows: [['Mức xếp loại', 'Số đảng viên', 'Tỉ lệ', 'Số chi bộ'], ...d.byRating.map((r) => [r.label, r.members, r.share, r.units]), [], ...d.quota.map((q) => [q]), [], ...d.conflicts.map((c) => [c])],
    },
    {
      name: 'Đảng viên', bold: [0], widths: [6, 32, 34, 30],
      rows: [['STT', 'Họ và tên', 'Chi bộ', 'Mức xếp loại'], ...d.members.map((m, i) => [i + 1, m.name, m.unit, ratingText(m.proposed)])],
    },
  ];
}
